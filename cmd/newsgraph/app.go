package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// App is one invocation of the command line: its streams and environment.
// Nothing below it touches os.Stdout, os.Exit or os.Getenv directly.
type App struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Ctx is cancelled when the user interrupts (Ctrl-C); nil means never.
	Ctx context.Context
}

func (a *App) context() context.Context {
	if a.Ctx == nil {
		return context.Background()
	}
	return a.Ctx
}

// command is one subcommand: its name, a one-line summary, its usage text
// and the function that runs it.
type command struct {
	name    string
	summary string
	usage   string // synopsis and description, without the flags
	run     func(a *App, args []string) error
}

// commands returns the subcommands in the order help lists them.
func commands() []command {
	return []command{
		buildCommand(),
		loadCommand(),
		exportCommand(),
		queryCommand(),
		statsCommand(),
		checkCommand(),
		searchCommand(),
		showCommand(),
		pathCommand(),
		eventsCommand(),
		relatedCommand(),
		serveCommand(),
		evalCommand(),
		versionCommand(),
	}
}

func lookup(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usageError is a mistake in how the command was called: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// Run runs the command line args (without the program name) and returns the
// exit status: 0 success, 1 failure, 2 usage error.
func (a *App) Run(args []string) int {
	args, err := globalFlags(args)
	if err != nil {
		fmt.Fprintf(a.Stderr, "newsgraph: %v\nrun 'newsgraph help' for usage\n", err)
		return 2
	}
	if len(args) == 0 {
		a.printHelp(a.Stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help":
		return a.help(args[1:])
	case "--version":
		name, args = "version", append([]string{"version"}, args[1:]...)
	}
	c, ok := lookup(name)
	if !ok {
		fmt.Fprintf(a.Stderr, "newsgraph: unknown command %q; run 'newsgraph help' for the list\n", name)
		return 2
	}
	err = a.runCommand(c, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, pflag.ErrHelp):
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(a.Stderr, "newsgraph %s: %s\nrun 'newsgraph help %s' for usage\n", c.name, ue.msg, c.name)
		return 2
	}
	fmt.Fprintf(a.Stderr, "newsgraph: %s\n", strings.TrimSpace(err.Error()))
	return 1
}

// stopGrace is how long a command may take to stop cleanly after the
// first interrupt (build writes the articles it has read, load the
// transaction it is in) before Run gives up on it and returns: a store is
// never left with part of a transaction, so ending the process then loses
// only what was not committed yet. A second interrupt ends the process at
// once (see main).
const stopGrace = 3 * time.Second

// errStopped is the error of a command that did not stop within stopGrace
// of an interrupt.
var errStopped = errors.New("interrupted: stopped without waiting for the command to finish (the store keeps every transaction it committed, and no part of one)")

// runCommand runs c in its own goroutine, so that an interrupt stops
// every command promptly, even one that waits on a blocked pipe or on
// work that does not look at its context: Run returns within stopGrace
// of an interrupt, and main then ends the process, which releases the
// store's lock. A storage panic (bbolt reading a damaged page) becomes an
// error; other panics are bugs and go on.
func (a *App) runCommand(c command, args []string) error {
	done := make(chan error, 1)
	go func() {
		var err error
		defer func() { done <- err }()
		defer func() {
			if r := recover(); r != nil {
				d := graph.Damage(r)
				if d == nil {
					panic(r)
				}
				err = d
			}
		}()
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		err = c.run(a, args)
	}()
	ctx := a.context()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	select {
	case err := <-done:
		return err
	case <-time.After(stopGrace):
		return errStopped
	}
}

// globalFlags moves the flags every store command takes (--db PATH,
// --db=PATH), when given before the command, to after it, where the
// command's own flag set reads them: "newsgraph --db x.db stats" is
// "newsgraph stats --db x.db".
func globalFlags(args []string) ([]string, error) {
	var global []string
	for len(args) > 0 && strings.HasPrefix(args[0], "--db") {
		switch {
		case args[0] == "--db" && len(args) > 1:
			global, args = append(global, args[0], args[1]), args[2:]
		case strings.HasPrefix(args[0], "--db="):
			global, args = append(global, args[0]), args[1:]
		default:
			return nil, fmt.Errorf("flag needs an argument: %s", args[0])
		}
	}
	if len(global) == 0 {
		return args, nil
	}
	if len(args) == 0 {
		return nil, fmt.Errorf("no command after %s", strings.Join(global, " "))
	}
	return append(append([]string{args[0]}, global...), args[1:]...), nil
}

func (a *App) help(args []string) int {
	if len(args) == 0 {
		a.printHelp(a.Stdout)
		return 0
	}
	c, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(a.Stderr, "newsgraph: unknown command %q; run 'newsgraph help' for the list\n", args[0])
		return 2
	}
	_ = c.run(a, []string{"--help"})
	return 0
}

func (a *App) printHelp(w io.Writer) {
	fmt.Fprint(w, `newsgraph reads English news articles and builds a knowledge graph of the
countries, people, organisations and places in them and the CAMEO-coded
events between them, stored in a Cayley graph database.

Usage:

	newsgraph [--db PATH] <command> [flags] [arguments]

Commands:

`)
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
The store is a bbolt file, ./newsgraph.db unless --db or NEWSGRAPH_DB says
otherwise; --db memory: keeps the graph in memory for one command, and
--db postgres://user:pass@host:port/dbname?sslmode=disable keeps it in a
PostgreSQL database. --db may come before the command or after it.

Exit status: 0 when the command did what was asked (and for help), 1 when
it failed (the reason is on standard error as "newsgraph: <context>:
<cause>"), 2 when it was called wrongly (unknown command or flag, missing
argument). newsgraph --version prints the version.

Run 'newsgraph help <command>' for a command's flags and examples.
`)
}

// parse parses a command's flags. On -h/--help it prints the command's usage
// and its flags to standard output and returns pflag.ErrHelp; on a mistake it
// returns a usageError.
func (a *App) parse(c command, fs *pflag.FlagSet, args []string) error {
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		fmt.Fprintf(a.Stdout, "%s\n", strings.TrimSpace(c.usage))
		if fu := fs.FlagUsages(); fu != "" {
			fmt.Fprintf(a.Stdout, "\nFlags:\n%s", fu)
		}
		return err
	}
	if err != nil {
		return usagef("%v", err)
	}
	return nil
}

// dbFlag adds the --db flag shared by every command that opens the store.
func (a *App) dbFlag(fs *pflag.FlagSet) *string {
	def := a.Getenv("NEWSGRAPH_DB")
	if def == "" {
		def = "newsgraph.db"
	}
	return fs.String("db", def, "the store: "+graph.DescribeStores+" (env NEWSGRAPH_DB)")
}
