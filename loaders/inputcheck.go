package loaders

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"
)

// A Repair is a fault of an input that reading mended instead of skipping
// the article: the article is read as mended, and keeps the hash of its
// bytes as they were.
type Repair struct {
	Source string // where: "path:LINE", "-:LINE" for standard input
	What   string
}

func (r Repair) String() string { return r.Source + ": " + r.What }

// Invalid UTF-8 is mended, not refused: a crawler's archive often holds a
// stray Latin-1 or Windows-1252 byte in an otherwise good article, and one
// byte should not cost the article. Each maximal run of invalid bytes
// becomes one U+FFFD (the Unicode replacement character), as
// strings.ToValidUTF8 does, and Options.Repaired is told where the first
// run was. JSON records are mended the same way (encoding/json replaces
// the bytes with U+FFFD) and reported the same way.
const replacement = "\uFFFD"

// invalidUTF8 describes the invalid UTF-8 of b: the number of the first
// line holding some (from 1; 0 when b is valid), the bytes and the lines
// that hold any.
func invalidUTF8(b []byte) (first, bytes, lines int) {
	line, lastBad := 1, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			if b[i] == '\n' {
				line++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bytes++
			if first == 0 {
				first = line
			}
			if lastBad != line {
				lines++
				lastBad = line
			}
		}
		i += size
	}
	return first, bytes, lines
}

// utf8Repair returns the Repair reporting the invalid UTF-8 of b, read
// from name, whose lines are counted from line (a JSON record's line; 1
// for a file); ok is false when b is valid.
func utf8Repair(name string, line int, b []byte) (Repair, bool) {
	first, n, lines := invalidUTF8(b)
	if n == 0 {
		return Repair{}, false
	}
	what := fmt.Sprintf("%s of invalid UTF-8 replaced with U+FFFD", plural(n, "byte"))
	if lines > 1 {
		what += fmt.Sprintf(", on %d lines from this one", lines)
	}
	return Repair{Source: fmt.Sprintf("%s:%d", name, line+first-1), What: what}, true
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// sniffLen is how much of a plain-text input binaryData looks at, as git
// and grep do.
const sniffLen = 8000

// binaryData reports why the start of data is not text, or "" when it
// is: a NUL byte, or more than one byte in ten that is a control
// character or not UTF-8. Such a file (an image, an executable, a
// compressed archive other than gzip) given as an article would be read
// as a page of U+FFFD and noise, so it is skipped by name instead.
func binaryData(data []byte) string {
	cut := len(data) > sniffLen
	if cut {
		data = data[:sniffLen]
	}
	odd := 0
	for i := 0; i < len(data); {
		c := data[i]
		if c == 0 {
			return fmt.Sprintf("binary data (a NUL byte at offset %d), not text", i)
		}
		if c < utf8.RuneSelf {
			if c < ' ' && !strings.ContainsRune("\t\n\r\f\v", rune(c)) || c == 0x7f {
				odd++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 && !(cut && len(data)-i < utf8.UTFMax) {
			odd++ // a rune the sample cut short is not counted
		}
		i += size
	}
	if odd*10 > len(data) {
		return fmt.Sprintf("binary data (%d of its first %d bytes are control characters or not UTF-8), not text", odd, len(data))
	}
	return ""
}

// fileKind names the kind of a file that is not regular, for the message
// that skips it.
func fileKind(m fs.FileMode) string {
	switch t := m.Type(); {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeCharDevice != 0:
		return "a character device"
	case t&fs.ModeDevice != 0:
		return "a device"
	case t&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "not a regular file"
}
