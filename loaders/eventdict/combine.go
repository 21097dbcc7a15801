package eventdict

import (
	"fmt"
	"regexp"
)

// frame is a row of own/frames.tsv: the code of an act embedded in an
// appeal, intent, demand, rejection or threat.
type frame struct {
	code string
	rule string
}

var (
	frameRootRE = regexp.MustCompile(`^(02|03|10|12|13)$`)
	codeRE      = regexp.MustCompile(`^[0-9]{2,4}$`)
)

func (d *Dict) loadFrames() error {
	rows, err := readTable("own/frames.tsv", 3, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		root, inner, code := r.fields[0], r.fields[1], r.fields[2]
		if !frameRootRE.MatchString(root) || !codeRE.MatchString(inner) || !codeRE.MatchString(code) {
			return fmt.Errorf("own/frames.tsv:%d: bad row %q", r.line, r.fields)
		}
		key := [2]string{root, inner}
		if _, ok := d.frames[key]; ok {
			return fmt.Errorf("own/frames.tsv:%d: %s+%s is listed twice", r.line, root, inner)
		}
		d.frames[key] = frame{code: code, rule: fmt.Sprintf("own/frames.tsv:%d %s+%s→%s", r.line, root, inner, code)}
	}
	return nil
}

// Combine codes an act embedded in a frame: the frame is the code of an
// appeal (02x), intent (03x), demand (10x), rejection (12x) or threat (13x),
// the inner code that of the act asked for, intended, demanded, refused or
// threatened. "urged Russia to release" (020 + 0841) is 0253; "threatened
// sanctions" (130 + 163) is 1312. The most specific row wins: the inner
// code itself, then its three- and two-digit prefixes. It returns "" (and
// the caller keeps the frame's own code) when CAMEO has no combined code.
//
// Combine a frame that codes as its root's plain code (020, 030, 100, 120,
// 130): a pattern that narrowed it already says what is asked ("demanded
// the withdrawal" is 1056 by "- * WITHDRAWAL").
func (d *Dict) Combine(frame, inner string) (code, rule string) {
	if len(frame) < 2 {
		return "", ""
	}
	root := frame[:2]
	for n := len(inner); n >= 2; n-- {
		if f, ok := d.frames[[2]string{root, inner[:n]}]; ok {
			return f.code, f.rule
		}
	}
	return "", ""
}
