package xsd

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/siukit/siukit/xmlformat"
)

// benchLines is the size of the benchmark file.
const benchLines = 1_000_000

// writeBenchFile writes a deterministic, valid delivery of exactly
// benchLines lines into dir (blank lines after the root make up the rest).
func writeBenchFile(b *testing.B, dir string) string {
	b.Helper()
	records := (benchLines - headerLines - trailerLines) / recordLines
	pad := benchLines - headerLines - trailerLines - records*recordLines
	path := filepath.Join(dir, "delivery.xml")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := writeDelivery(w, records, nil); err != nil {
		b.Fatal(err)
	}
	w.Write(bytes.Repeat([]byte("\n"), pad))
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path
}

// resetPeakRSS resets the kernel's peak-RSS counter of this process
// (VmHWM), so that peakRSSMB measures from here on. It reports whether the
// reset worked.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSSMB returns VmHWM (peak RSS) of this process in MiB, or -1.
func peakRSSMB() float64 { return procStatusMB("VmHWM:") }

func procStatusMB(field string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range bytes.Split(data, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte(field)); ok {
			kb, err := strconv.Atoi(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(rest), []byte("kB")))))
			if err != nil {
				return -1
			}
			return float64(kb) / 1024
		}
	}
	return -1
}

// BenchmarkValidate validates a 1,000,000-line delivery file streamed from
// disk, in batches of records through lestrrat-go/libxml2 (on up to
// GOMAXPROCS goroutines). It reports lines/s and the process's peak RSS
// during the validations (the whole test binary: Go runtime, Go heap and
// libxml2's C heap; the kernel's VmHWM, reset before the first
// validation).
func BenchmarkValidate(b *testing.B) {
	path := writeBenchFile(b, b.TempDir())
	s, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	if !resetPeakRSS() {
		b.Log("cannot reset VmHWM; peak RSS includes the set-up")
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := s.ValidateFile(path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchLines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(peakRSSMB(), "peak-RSS-MiB")
}

// BenchmarkValidateBaselineXmllint runs libxml2's own command-line
// validator in streaming mode on the same file and schema:
// xmllint --stream --noout --schema. It reports the child's time (ns/op,
// including process start and schema compilation), lines/s and the child's
// peak RSS. The peak comes from GNU time (/usr/bin/time -f %M): the rusage
// of a child that Go starts is useless here, because Linux carries the
// parent's peak RSS over into a child started with a shared address space.
func BenchmarkValidateBaselineXmllint(b *testing.B) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		b.Skip("xmllint not installed (Debian: apt-get install libxml2-utils)")
	}
	dir := b.TempDir()
	path := writeBenchFile(b, dir)
	schemaDir := filepath.Join(dir, "schema")
	if err := os.CopyFS(schemaDir, xmlformat.SchemaFS()); err != nil {
		b.Fatal(err)
	}
	args := []string{"--stream", "--noout", "--schema", filepath.Join(schemaDir, xmlformat.SchemaMain), path}
	timeOut := filepath.Join(dir, "maxrss")
	gnuTime, err := exec.LookPath("/usr/bin/time")
	if err == nil {
		args = append([]string{"-f", "%M", "-o", timeOut, xmllint}, args...)
	} else {
		b.Log("GNU time not installed: no peak RSS for xmllint")
	}
	var peakKB int
	for b.Loop() {
		var cmd *exec.Cmd
		if gnuTime != "" {
			cmd = exec.Command(gnuTime, args...)
		} else {
			cmd = exec.Command(xmllint, args...)
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("xmllint: %v\n%s", err, out)
		}
		if gnuTime != "" {
			data, err := os.ReadFile(timeOut)
			if err != nil {
				b.Fatal(err)
			}
			kb, err := strconv.Atoi(string(bytes.TrimSpace(data)))
			if err != nil {
				b.Fatalf("GNU time output %q: %v", data, err)
			}
			peakKB = max(peakKB, kb)
		}
	}
	b.ReportMetric(float64(benchLines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
	if gnuTime != "" {
		b.ReportMetric(float64(peakKB)/1024, "peak-RSS-MiB")
	}
}
