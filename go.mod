module github.com/newsgraph/newsgraph

go 1.26.8

require (
	github.com/cayleygraph/cayley v0.7.7-0.20240706181042-81dcd7d73e45 // indirect
	github.com/cayleygraph/quad v1.3.0 // indirect
	github.com/spf13/pflag v1.1.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
