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
	"sync/atomic"
	"time"

	"github.com/siukit/siukit/cpr"
)

// Environment variables RunCommand sets for the program it runs.
const (
	EnvCase  = "SIU_CONFORMANCE_CASE"  // the case id
	EnvKind  = "SIU_CONFORMANCE_KIND"  // the kind, as in the last argument
	EnvSuite = "SIU_CONFORMANCE_SUITE" // the suite version, Version
)

// DefaultOutputLimit is the most a program run by RunCommand may write on
// stdout for one check unless OutputLimit says otherwise: 64 MiB, far more
// than the largest expected output of the suite.
const DefaultOutputLimit = 64 << 20

// RunCommand runs the suite against a program in any language through the
// stdin/stdout contract of README.md. argv is the program and its
// arguments; for each case and kind, RunCommand runs
//
//	argv[0] argv[1:]... KIND
//
// where KIND is validate, encode, aggregate or read, with the case's
// input.json (validate, encode), postings.json (aggregate) or input.xml
// (read) on stdin and EnvCase, EnvKind and EnvSuite in the environment.
// The program writes on stdout a JSON array of findings (validate), the
// XML file (encode), a JSON array of lines (aggregate) or a verdict (read),
// and exits 0. Any other exit status means it could not handle the case:
// the check fails (unless the case is in the skip list), and the first
// line of its stderr goes into the report.
//
// Each run is bounded: it is stopped after Timeout (30 s by default), and
// at the first byte of stdout past OutputLimit (64 MiB by default), and
// the check fails with a message saying so. On Unix the program runs in a
// process group of its own, and the whole group is killed when it is
// stopped, and once the program has exited, so that no process it started
// outlives its check; elsewhere the program itself is killed. Only the
// first 4 KiB of stderr are kept.
//
// The options Select, Skip, OnlyKinds, ExactXML, FromFS, Timeout,
// OutputLimit, Jobs, Dir and Env apply. The error is for a program that
// cannot be run at all, a suite that cannot be loaded, options that select
// nothing, or ctx ending; failed checks are in the report.
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
	switch k {
	case KindAggregate:
		stdin = c.rawPostings
	case KindRead:
		stdin = c.rawXML
	}
	args := append(append([]string(nil), r.argv[1:]...), string(k))
	env := append(os.Environ(), r.cfg.env...)
	env = append(env, EnvCase+"="+c.ID, EnvKind+"="+string(k), EnvSuite+"="+Version)
	res, err := runBounded(r.ctx, r.argv[0], args, r.cfg.dir, env, stdin, r.cfg.timeout, r.cfg.outputLimit)
	if err != nil {
		return output{}, err
	}
	switch res.stopped {
	case stopTimeout:
		return output{}, fmt.Errorf("timed out after %s", r.cfg.timeout)
	case stopOverflow:
		return output{}, fmt.Errorf("stopped: more than %d bytes on stdout", r.cfg.outputLimit)
	case stopCanceled:
		return output{}, fmt.Errorf("canceled: %v", context.Cause(r.ctx))
	}
	if res.err != nil {
		msg := strings.TrimSpace(string(res.stderr))
		if msg == "" {
			return output{}, fmt.Errorf("%v", res.err)
		}
		return output{}, fmt.Errorf("%v: %s", res.err, msg)
	}
	var out output
	switch k {
	case KindValidate:
		if err := decodeArray(res.stdout, &out.findings); err != nil {
			return output{}, fmt.Errorf("stdout is not a JSON array of findings: %v", err)
		}
	case KindEncode:
		out.xml = res.stdout
	case KindAggregate:
		if err := decodeArray(res.stdout, &out.lines); err != nil {
			return output{}, fmt.Errorf("stdout is not a JSON array of lines: %v", err)
		}
	case KindRead:
		v, err := decodeVerdict(res.stdout)
		if err != nil {
			return output{}, fmt.Errorf("stdout is not a verdict: %v", err)
		}
		out.verdict = v
	}
	return out, nil
}

// Why runBounded stopped a program before it ended by itself.
const (
	stopNone     int32 = iota
	stopTimeout        // the time limit passed
	stopOverflow       // stdout went past the limit
	stopCanceled       // the caller's context ended
)

// stderrLimit is how much of a program's stderr is kept for the report
// (its first line is shown); the rest is read and dropped.
const stderrLimit = 4 << 10

// graceAfterExit is how long runBounded waits, after the program exited,
// for the processes it left behind to close its stdout and stderr.
const graceAfterExit = time.Second

// boundedResult is the outcome of runBounded.
type boundedResult struct {
	stdout  []byte // at most the limit; nil when stopped
	stderr  []byte // the first stderrLimit bytes
	err     error  // the program's exit error (*exec.ExitError), if any
	stopped int32  // why the program was stopped, stopNone if it was not
}

// runBounded runs one program with stdin as its standard input and
// returns what it wrote, holding it to limits a hostile or broken program
// cannot get around:
//
//   - stdout is read from a pipe by runBounded itself (not by os/exec's
//     copying, which would bypass a limit set on a writer), through a
//     limit of outputLimit bytes; at the first byte past it, the program
//     is stopped and its output dropped, so memory stays within
//     outputLimit and a small buffer whatever the program writes;
//   - stderr is read likewise; its first stderrLimit bytes are kept and
//     the rest is dropped;
//   - the program runs in a process group of its own (Unix: Setpgid), and
//     the whole group is killed (SIGKILL to -pgid) when the time limit
//     passes, on an overflow, when ctx ends and, to leave nothing behind,
//     once the program has exited; elsewhere (Windows) the program itself
//     is killed;
//   - once the program has exited, processes it left behind get
//     graceAfterExit to close stdout and stderr before the pipes are
//     closed under them.
//
// The error is for a program that cannot be started.
func runBounded(ctx context.Context, name string, args []string, dir string, env []string, stdin []byte, timeout time.Duration, outputLimit int64) (boundedResult, error) {
	var res boundedResult
	outR, outW, err := os.Pipe()
	if err != nil {
		return res, err
	}
	defer outR.Close()
	errR, errW, err := os.Pipe()
	if err != nil {
		outW.Close()
		return res, err
	}
	defer errR.Close()

	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdin = bytes.NewReader(stdin)
	cmd.Stdout = outW // an *os.File: the program writes into the pipe itself
	cmd.Stderr = errW
	cmd.WaitDelay = graceAfterExit // for the copy of stdin
	setProcessGroup(cmd)
	err = cmd.Start()
	outW.Close()
	errW.Close()
	if err != nil {
		return res, err
	}

	var stopped atomic.Int32
	stop := func(why int32) {
		if stopped.CompareAndSwap(stopNone, why) {
			killProcessGroup(cmd)
		}
	}
	timer := time.AfterFunc(timeout, func() { stop(stopTimeout) })
	defer timer.Stop()
	unregister := context.AfterFunc(ctx, func() { stop(stopCanceled) })
	defer unregister()

	var (
		wg     sync.WaitGroup
		stdout []byte
		over   bool
	)
	wg.Add(2)
	go func() {
		defer wg.Done()
		stdout, over = readLimited(outR, outputLimit, false)
		if over {
			stop(stopOverflow)
		}
	}()
	go func() {
		defer wg.Done()
		res.stderr, _ = readLimited(errR, stderrLimit, true)
		io.Copy(io.Discard, errR) // bounded by the pipe: drop the rest
	}()
	readDone := make(chan struct{})
	go func() { wg.Wait(); close(readDone) }()

	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	select {
	case res.err = <-exited:
		// Processes the program left behind may still hold the pipes.
		select {
		case <-readDone:
		case <-time.After(graceAfterExit):
		}
	case <-readDone:
		res.err = <-exited // the time limit still holds
	}
	killProcessGroup(cmd) // nothing of the run outlives it
	outR.Close()          // unblocks the readers if something still holds the pipes
	errR.Close()
	<-readDone

	res.stopped = stopped.Load()
	if res.stopped == stopNone && !over {
		res.stdout = stdout
	}
	return res, nil
}

// readLimited reads r to its end, or to the first byte past limit bytes:
// over reports that r held more than limit bytes, and out then holds the
// first limit when keep is set (nil otherwise). It reads in chunks, so
// that it holds at most limit bytes and one chunk.
func readLimited(r io.Reader, limit int64, keep bool) (out []byte, over bool) {
	const chunk = 64 << 10
	var chunks [][]byte
	var n int64
	lr := &io.LimitedReader{R: r, N: limit + 1}
	for {
		b := make([]byte, min(chunk, max(lr.N, 1)))
		m, err := io.ReadFull(lr, b)
		if m > 0 {
			chunks = append(chunks, b[:m])
			n += int64(m)
		}
		if n > limit || err != nil { // past the limit; io.EOF, io.ErrUnexpectedEOF, a closed pipe
			break
		}
	}
	if n > limit && !keep {
		return nil, true
	}
	out = make([]byte, 0, min(n, limit))
	for _, c := range chunks {
		out = append(out, c[:min(int64(len(c)), limit-int64(len(out)))]...)
	}
	return out, n > limit
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

// redactedError is err with the message msg, every CPR number in it masked
// (a program's path may hold one); errors.Is and errors.As see err itself.
type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return cpr.Redact(e.msg) }
func (e redactedError) Unwrap() error { return e.err }
