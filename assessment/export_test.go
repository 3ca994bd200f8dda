package assessment

// Exported for the tests: the decoders, for the differential fuzz tests.
var (
	InputCodec  = inputCodec
	PolicyCodec = policyCodec
)
