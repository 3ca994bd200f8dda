package stakeholder

// Exported for the tests: the decoders, for the differential fuzz tests.
var DossierCodec = dossierCodec
