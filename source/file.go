package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/siukit/siukit/siu"
)

// OpenPath opens the file at path for reading, or stdin for "-", and
// returns it with its name for messages: the path, or "stdin". A directory
// is refused, and an *os.PathError is reduced to "path: cause", without
// Go's name for the operation. Closing the returned reader does not close
// stdin.
func OpenPath(path string, stdin io.Reader) (io.ReadCloser, string, error) {
	if path == "-" {
		return io.NopCloser(stdin), "stdin", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", PathError(err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, "", fmt.Errorf("%s is a directory, not a file", path)
	}
	return f, path, nil
}

// PathError turns an *os.PathError (or *os.LinkError) into "path: cause",
// without Go's name for the operation; other errors are returned as they
// are.
func PathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return fmt.Errorf("%s: %v", le.New, le.Err)
	}
	return err
}

// File is an input opened by OpenFile: its Source, or why it has none.
type File struct {
	// Name is the path as given, or "stdin".
	Name string
	// Format is the input's format, as given or detected.
	Format Format
	// Source yields the records; nil when the input cannot be read at all
	// (Fatal says why).
	Source *Source
	// Fatal is the error of Open when the input cannot be read at all.
	Fatal *Error

	closer io.Closer
}

// Close closes the Source and the file.
func (f *File) Close() error {
	if f.Source != nil {
		f.Source.Close()
	}
	return f.closer.Close()
}

// OpenFile opens the file at path, or stdin for "-" (OpenPath), and its
// records (Open). The error is that of OpenPath: the file cannot be opened
// (no such file, a directory), a matter of the command line. A file that
// opens but cannot be read as its format gives a File with Fatal set and
// no Source. The format, when opts leaves it zero, comes from the path's
// extension, else from the first bytes (Detect).
func OpenFile(path string, stdin io.Reader, opts Options) (*File, error) {
	r, name, err := OpenPath(path, stdin)
	if err != nil {
		return nil, err
	}
	f := &File{Name: name, closer: r}
	br := bufio.NewReaderSize(r, 64<<10)
	if opts.Format == 0 {
		head, _ := br.Peek(512)
		opts.Format = Detect(path, head)
	}
	f.Format = opts.Format
	src, err := Open(br, name, opts)
	if err != nil {
		f.Fatal = err.(*Error)
		return f, nil
	}
	f.Source = src
	return f, nil
}

// ErrEmptyInput and ErrBinary are what Sniff finds in an input that is
// neither CSV, XLSX, JSON nor XML.
var (
	ErrEmptyInput = errors.New("the input is empty")
	ErrBinary     = errors.New("the input is binary data, not text, XLSX or XML")
)

// Sniff says what an input's first bytes (512 are plenty) show it to be,
// whatever its name: the Format that Detect finds from the content, or
// ErrEmptyInput for no bytes or only white space, or ErrBinary for bytes
// that are not text (control characters other than tab, CR, LF and form
// feed) and not a ZIP archive. A program uses it to tell its user that a
// file is not what a command reads, and which command reads it.
func Sniff(head []byte) (Format, error) {
	body := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(body)) == 0 {
		return 0, ErrEmptyInput
	}
	f := Detect("", head)
	if f != CSV {
		return f, nil
	}
	if bytes.HasPrefix(body, []byte("\xff\xfe")) || bytes.HasPrefix(body, []byte("\xfe\xff")) {
		return CSV, nil // UTF-16 text with a byte order mark
	}
	for _, c := range body {
		if c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' {
			return 0, ErrBinary
		}
	}
	return CSV, nil
}

// LimitError is the refusal of an input larger than a limit: which input,
// which limit, and what to do instead.
type LimitError struct {
	// Name names the input, such as its path.
	Name string
	// What says what the input is, such as "a chart of accounts".
	What string
	// Limit is the largest size read, in bytes.
	Limit int64
	// Hint says how to proceed, such as "split the file".
	Hint string
}

// Error says which input exceeds which limit, and how to proceed.
func (e *LimitError) Error() string {
	s := fmt.Sprintf("%s is larger than %s, the limit for %s", e.Name, FormatBytes(e.Limit), e.What)
	if e.Hint != "" {
		s += ": " + e.Hint
	}
	return s
}

// FormatBytes writes a size as people read it: "16 MiB", "64 KiB",
// "1500 bytes".
func FormatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// LimitReader returns a reader of r that returns err, a *LimitError,
// instead of the byte after e.Limit bytes: unlike io.LimitReader, a larger
// input is an error, never a silently shorter one.
func LimitReader(r io.Reader, e *LimitError) io.Reader {
	return &limitReader{r: r, left: e.Limit, err: e}
}

type limitReader struct {
	r    io.Reader
	left int64
	err  *LimitError
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, l.err
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n - 1, l.err
	}
	return n, err
}

// ReadFile reads the whole file at path, or stdin for "-" (OpenPath), up
// to lim.Limit bytes: for the small files a program reads whole, such as a
// chart of accounts or a file of answers. A larger file is refused with
// lim, which says which limit and what to do; the other errors are
// OpenPath's or the reading's.
func ReadFile(path string, stdin io.Reader, lim *LimitError) ([]byte, error) {
	r, name, err := OpenPath(path, stdin)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if lim.Name == "" {
		lim.Name = name
	}
	return io.ReadAll(LimitReader(r, lim))
}

// Peek returns a reader of all of r and r's first 512 bytes (fewer for a
// shorter input), for Sniff. A regular file is read at its start with
// ReadAt and given back as it is, so that a consumer that treats files
// specially (delivery.Check reads one twice through its descriptor) still
// can; any other reader is buffered.
func Peek(r io.Reader) (io.Reader, []byte) {
	head := make([]byte, 512)
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			n, _ := f.ReadAt(head, 0)
			return f, head[:n]
		}
	}
	br := bufio.NewReader(r)
	h, _ := br.Peek(512)
	return br, h
}

// Header returns the header the records of f are to be validated under:
// the file's own for a JSON or XML file, where given must be the zero
// Header (a header given for a file that carries one is an error naming
// the file), or given for a CSV or XLSX file, which carries none; given
// then needs at least its Municipality and Year (ErrNoMunicipality,
// ErrNoYear). A file with Fatal set has the zero header.
func (f *File) Header(given siu.Header) (siu.Header, error) {
	if f.Format.HasHeader() {
		if given != (siu.Header{}) {
			return siu.Header{}, fmt.Errorf("%s: a %s file carries its own header", f.Name, f.Format)
		}
		if f.Source == nil {
			return siu.Header{}, nil
		}
		h, _ := f.Source.Header()
		return h, nil
	}
	switch {
	case given.Municipality == 0:
		return given, ErrNoMunicipality
	case given.Year == 0:
		return given, ErrNoYear
	}
	return given, nil
}

// ErrNoMunicipality and ErrNoYear are File.Header's errors for a CSV or
// XLSX file without a municipality or budget year given.
var (
	ErrNoMunicipality = errors.New("a CSV or XLSX file has no header: give the municipality")
	ErrNoYear         = errors.New("a CSV or XLSX file has no header: give the budget year")
)
