package conformance

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"time"
)

// Option configures Run, Evaluate and RunCommand.
type Option func(*config)

type config struct {
	selects  []string
	skips    []string
	kinds    []Kind
	exactXML bool
	fsys     fs.FS
	timeout  time.Duration
	jobs     int
	// outputLimit is the most a program may write on stdout for one check.
	outputLimit int64
	dir         string
	env         []string
	// commandOnly names the options set that only RunCommand honours.
	commandOnly []string
}

// Select runs only the cases that match one of the patterns (path.Match
// syntax: "psr-*", "delivery-voksen"). A pattern with a slash selects one
// kind of a case: "delivery-voksen/encode". Without Select every case runs.
func Select(patterns ...string) Option {
	return func(c *config) { c.selects = append(c.selects, patterns...) }
}

// Skip marks the cases that match one of the patterns (as in Select) as
// known to fail. They still run: a skipped case that fails is reported as
// skipped, and a skipped case that passes FAILS the run, so that the skip
// list shrinks as the implementation improves (toml-test's rule).
func Skip(patterns ...string) Option {
	return func(c *config) { c.skips = append(c.skips, patterns...) }
}

// OnlyKinds runs only the checks of the given kinds; the others are left
// out of the report altogether.
func OnlyKinds(kinds ...Kind) Option {
	return func(c *config) { c.kinds = append(c.kinds, kinds...) }
}

// ExactXML compares expected.xml byte for byte instead of by meaning. The
// suite's expected.xml files are the reference encoder's bytes, so only an
// encoder meant to write exactly the same bytes passes with it.
func ExactXML() Option { return func(c *config) { c.exactXML = true } }

// FromFS runs the suite in fsys, laid out like FS (e.g. os.DirFS of a
// directory written by Export), instead of the embedded one.
func FromFS(fsys fs.FS) Option { return func(c *config) { c.fsys = fsys } }

// Timeout limits each run of a program by RunCommand; the default is 30
// seconds. It must be above zero. Run and Evaluate, which run no program,
// refuse it.
func Timeout(d time.Duration) Option {
	return func(c *config) { c.timeout = d; c.commandOnly = append(c.commandOnly, "Timeout") }
}

// OutputLimit sets the most a program run by RunCommand may write on
// stdout for one check, in bytes; the default is DefaultOutputLimit. A
// program that writes more is stopped at once (its whole process group is
// killed) and the check fails; what it wrote is dropped, so memory stays
// within the limit. It must be above zero. Run and Evaluate refuse it.
func OutputLimit(n int64) Option {
	return func(c *config) { c.outputLimit = n; c.commandOnly = append(c.commandOnly, "OutputLimit") }
}

// Jobs sets how many programs RunCommand runs at the same time; the
// default is 1. It must be at least 1. Run and Evaluate refuse it.
func Jobs(n int) Option {
	return func(c *config) { c.jobs = n; c.commandOnly = append(c.commandOnly, "Jobs") }
}

// Dir sets the working directory of the programs RunCommand runs; the
// default is the current directory. Run and Evaluate refuse it.
func Dir(dir string) Option {
	return func(c *config) { c.dir = dir; c.commandOnly = append(c.commandOnly, "Dir") }
}

// Env adds "KEY=value" entries to the environment of the programs
// RunCommand runs. Run and Evaluate refuse it.
func Env(env ...string) Option {
	return func(c *config) { c.env = append(c.env, env...); c.commandOnly = append(c.commandOnly, "Env") }
}

// check is one case in one kind, selected to run.
type check struct {
	c       *Case
	kind    Kind
	skipped bool // in the skip list
}

// plan applies the options: it loads the cases and lists the checks to
// run, in the suite's order. forCommand is true for RunCommand, the only
// caller that runs programs: the others refuse the options that concern
// programs instead of dropping them silently.
func plan(opts []Option, forCommand bool) (*config, []check, error) {
	cfg := &config{timeout: 30 * time.Second, jobs: 1, outputLimit: DefaultOutputLimit}
	for _, o := range opts {
		o(cfg)
	}
	if !forCommand && len(cfg.commandOnly) > 0 {
		return nil, nil, fmt.Errorf("conformance: %s: only RunCommand, which runs a program, takes this option", cfg.commandOnly[0])
	}
	if cfg.timeout <= 0 {
		return nil, nil, fmt.Errorf("conformance: Timeout %v: want a duration above zero", cfg.timeout)
	}
	if cfg.outputLimit <= 0 {
		return nil, nil, fmt.Errorf("conformance: OutputLimit %d: want 1 byte or more", cfg.outputLimit)
	}
	if cfg.jobs < 1 {
		return nil, nil, fmt.Errorf("conformance: Jobs %d: want 1 or more", cfg.jobs)
	}
	for _, p := range append(slices.Clone(cfg.selects), cfg.skips...) {
		if _, err := path.Match(p, ""); err != nil {
			return nil, nil, fmt.Errorf("conformance: pattern %q: %w", p, err)
		}
	}
	for _, k := range cfg.kinds {
		if !k.IsValid() {
			return nil, nil, fmt.Errorf("conformance: unknown kind %q", k)
		}
	}
	fsys := cfg.fsys
	if fsys == nil {
		fsys = FS()
	}
	cases, err := LoadCases(fsys)
	if err != nil {
		return nil, nil, err
	}
	var checks []check
	for i := range cases {
		c := &cases[i]
		for _, k := range c.Kinds {
			if len(cfg.kinds) > 0 && !slices.Contains(cfg.kinds, k) {
				continue
			}
			if len(cfg.selects) > 0 && !matches(cfg.selects, c.ID, k) {
				continue
			}
			checks = append(checks, check{c: c, kind: k, skipped: matches(cfg.skips, c.ID, k)})
		}
	}
	if len(checks) == 0 {
		return nil, nil, fmt.Errorf("conformance: no case selected")
	}
	return cfg, checks, nil
}

// matches reports whether a pattern matches the case id or id/kind.
func matches(patterns []string, id string, k Kind) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, id); ok {
			return true
		}
		if ok, _ := path.Match(p, id+"/"+string(k)); ok {
			return true
		}
	}
	return false
}
