package agreement

// Exported for the tests: the decoders, for the differential fuzz tests.
var (
	RecordCodec = recordCodec
)

// Record is the written record as decoded.
type Record = record
