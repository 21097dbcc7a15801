package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/pflag"
)

func versionCommand() command {
	c := command{
		name:    "version",
		summary: "print the version of newsgraph",
		usage: `usage: newsgraph version

Prints newsgraph's version and the Go version it was built with.`,
	}
	c.run = func(a *App, args []string) error {
		fs := pflag.NewFlagSet(c.name, pflag.ContinueOnError)
		if err := a.parse(c, fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("takes no arguments")
		}
		fmt.Fprintf(a.Stdout, "newsgraph %s (%s)\n", version, runtime.Version())
		return nil
	}
	return c
}
