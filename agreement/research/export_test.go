package research

// CaseCodec is the case decoder, exported for the differential fuzz test.
var CaseCodec = caseCodec
