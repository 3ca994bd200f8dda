module example.org/acme/redlines

go 1.24.0

require (
	github.com/humanitarian-negotiation/protection v0.0.0
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect

// The library as this repository holds it: an agency's own module requires
// a released version instead and drops this line.
replace github.com/humanitarian-negotiation/protection => ../../..
