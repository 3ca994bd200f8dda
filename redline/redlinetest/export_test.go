package redlinetest

// Exported for the tests: the decoders, for the differential fuzz tests.
var CasesCodec = casesCodec
