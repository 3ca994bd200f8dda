package actor

// Exported for the tests: the decoders, for the differential fuzz tests.
var ActorCodec = actorCodec
