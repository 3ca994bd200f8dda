package sanctions

import "github.com/humanitarian-negotiation/protection/internal/jsonio"

// Limits bounds what the JSON decoders accept. Its fields, each taking its
// default when zero or negative:
//
//	MaxBytes    int64 // size of the whole input; default 8 MiB
//	MaxDepth    int   // nesting of arrays and objects; default 32
//	MaxElements int   // entries in any one array or object; default 100,000
//	MaxString   int   // bytes in any one string; default 64 KiB
//
// No decoder reads past MaxBytes, and exceeding any limit is a *FieldError
// with ReasonTooLarge. Limits is the same type in every package of this
// module. The zero value means the defaults. Limits is a plain value, safe
// for concurrent use.
type Limits = jsonio.Limits
