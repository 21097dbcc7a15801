// Command newsgraph reads English news articles and builds a knowledge graph of
// the countries, people, organisations and places in them and the CAMEO-coded
// events between them, stored in a Cayley graph database.
//
// Run "newsgraph help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// The first signal asks the command to finish cleanly; a second
		// one ends the process at once.
		<-ctx.Done()
		stop()
	}()
	app := &App{
		Ctx:    ctx,
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	}
	code := app.Run(os.Args[1:])
	stop()
	os.Exit(code)
}
