// Command newsgraph reads English news articles and builds a knowledge graph of
// the countries, people, organisations and places in them and the CAMEO-coded
// events between them, stored in a Cayley graph database.
//
// Run "newsgraph help" for the commands.
package main

import (
	"os"
)

func main() {
	app := &App{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	}
	os.Exit(app.Run(os.Args[1:]))
}
