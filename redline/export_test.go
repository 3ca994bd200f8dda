package redline

// Exported for the tests: the decoders, for the differential fuzz tests.
var (
	PolicyCodec = policyCodec
	TermsCodec  = termsCodec
)
