package conformance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/siukit/siukit/cpr"
)

// Environment variables RunCommand sets for the program it runs.
const (
	EnvCase  = "SIU_CONFORMANCE_CASE"  // the case id
	EnvKind  = "SIU_CONFORMANCE_KIND"  // the kind, as in the last argument
	EnvSuite = "SIU_CONFORMANCE_SUITE" // the suite version, Version
)

// maxOutput is the most a program may write on stdout for one case.
const maxOutput = 64 << 20

// RunCommand runs the suite against a program in any language through the
// stdin/stdout contract of README.md. argv is the program and its
// arguments; for each case and kind, RunCommand runs
//
//	argv[0] argv[1:]... KIND
//
// where KIND is validate, encode or aggregate, with the case's input.json
// (validate, encode) or postings.json (aggregate) on stdin and EnvCase,
// EnvKind and EnvSuite in the environment. The program writes on stdout a
// JSON array of findings (validate), the XML file (encode) or a JSON array
// of lines (aggregate), and exits 0. Any other exit status means it could
// not handle the case: the check fails (unless the case is in the skip
// list), and the first line of its stderr goes into the report.
//
// The options Select, Skip, OnlyKinds, ExactXML, FromFS, Timeout, Jobs,
// Dir and Env apply. The error is for a program that cannot be run at all,
// a suite that cannot be loaded, options that select nothing, or ctx
// ending; failed checks are in the report.
func RunCommand(ctx context.Context, argv []string, opts ...Option) (Report, error) {
	if len(argv) == 0 || argv[0] == "" {
		return Report{}, errors.New("conformance: no program to run")
	}
	cfg, checks, err := plan(opts, true)
	if err != nil {
		return Report{}, err
	}
	if _, err := exec.LookPath(argv[0]); err != nil {
		// exec quotes the name with %q, which would hide a CPR number
		// written with other spaces from cpr.Redact: say it unquoted.
		cause := err
		var ee *exec.Error
		if errors.As(err, &ee) {
			cause = ee.Err
		}
		return Report{}, redactedError{msg: "conformance: program " + argv[0] + ": " + cause.Error(), err: err}
	}
	r := &cmdRunner{ctx: ctx, argv: argv, cfg: cfg}
	results := make([]Result, len(checks))
	jobs := max(cfg.jobs, 1)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = judge(r, checks[i], cfg)
			}
		}()
	}
	for i := range checks {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Report{}, fmt.Errorf("conformance: %w", err)
	}
	rep := Report{Suite: Version}
	for _, res := range results {
		rep.add(res)
	}
	return rep, nil
}

// cmdRunner runs a program through the stdin/stdout contract.
type cmdRunner struct {
	ctx  context.Context
	argv []string
	cfg  *config
}

// supports: a program is asked for every kind; one that cannot handle a
// kind exits non-zero and the check fails unless skipped.
func (r *cmdRunner) supports(Kind) bool { return true }

func (r *cmdRunner) run(c *Case, k Kind) (output, error) {
	stdin := c.rawInput
	if k == KindAggregate {
		stdin = c.rawPostings
	}
	ctx, cancel := context.WithTimeout(r.ctx, r.cfg.timeout)
	defer cancel()
	args := append(append([]string(nil), r.argv[1:]...), string(k))
	cmd := exec.CommandContext(ctx, r.argv[0], args...)
	cmd.Dir = r.cfg.dir
	cmd.Env = append(os.Environ(), r.cfg.env...)
	cmd.Env = append(cmd.Env, EnvCase+"="+c.ID, EnvKind+"="+string(k), EnvSuite+"="+Version)
	cmd.Stdin = bytes.NewReader(stdin)
	stdout := &limitedBuffer{max: maxOutput}
	stderr := &limitedBuffer{max: 4 << 10}
	cmd.Stdout = stdout
	cmd.Stderr = stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil && r.ctx.Err() == nil {
		return output{}, fmt.Errorf("timed out after %s", r.cfg.timeout)
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return output{}, fmt.Errorf("%v", err)
		}
		return output{}, fmt.Errorf("%v: %s", err, msg)
	}
	if stdout.over {
		return output{}, fmt.Errorf("more than %d bytes on stdout", maxOutput)
	}
	var out output
	switch k {
	case KindValidate:
		if err := decodeArray(stdout.Bytes(), &out.findings); err != nil {
			return output{}, fmt.Errorf("stdout is not a JSON array of findings: %v", err)
		}
	case KindEncode:
		out.xml = stdout.Bytes()
	case KindAggregate:
		if err := decodeArray(stdout.Bytes(), &out.lines); err != nil {
			return output{}, fmt.Errorf("stdout is not a JSON array of lines: %v", err)
		}
	}
	return out, nil
}

// decodeArray decodes a JSON array into v (a pointer to a slice); unknown
// keys, such as a finding's message, are ignored; null is refused.
func decodeArray[T any](b []byte, v *[]T) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if *v == nil {
		return errors.New("want an array ([] when empty)")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the array")
	}
	return nil
}

// limitedBuffer keeps the first max bytes written to it and notes if more
// came.
type limitedBuffer struct {
	bytes.Buffer
	max  int
	over bool
}

// Write keeps what fits and reports every byte written, so the program is
// never stopped by a full pipe.
func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); len(p) > room {
		b.over = true
		b.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return b.Buffer.Write(p)
}

// redactedError is err with the message msg, every CPR number in it masked
// (a program's path may hold one); errors.Is and errors.As see err itself.
type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return cpr.Redact(e.msg) }
func (e redactedError) Unwrap() error { return e.err }
