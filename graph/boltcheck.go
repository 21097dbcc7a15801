package graph

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt's file layout (go.etcd.io/bbolt v1.3.10, page.go and bucket.go),
// read by walkPages from the file itself rather than through bbolt's
// memory map, so that a damaged page is reported instead of followed: a
// page id beyond the map makes bbolt read outside it and crash, in its
// own consistency check's goroutine as anywhere.
const (
	pageHeader    = 16 // id u64, flags u16, count u16, overflow u32
	elementSize   = 16 // branch: pos, ksize u32, pgid u64; leaf: flags, pos, ksize, vsize u32
	bucketHeader  = 16 // root pgid u64, sequence u64
	branchPage    = 0x01
	leafPage      = 0x02
	freelistPage  = 0x10
	bucketElement = 0x01 // a leaf element that is a bucket
	noFreelist    = ^uint64(0)
	maxProblems   = 20 // reported; the rest are counted
)

// pageWalk is the state of walkPages.
type pageWalk struct {
	f        *os.File
	pageSize int64
	highMark uint64          // the meta's pgid: pages at or beyond it are not in use
	seen     map[uint64]bool // pages reached
	problems []string
	more     int // problems beyond maxProblems
}

func (w *pageWalk) problem(format string, args ...any) {
	if len(w.problems) < maxProblems {
		w.problems = append(w.problems, fmt.Sprintf(format, args...))
	} else {
		w.more++
	}
}

// walkPages walks the B+trees of the bbolt file at path from its newest
// valid meta page, reading every page it reaches from the file, and
// returns what is wrong with their structure: page ids out of range, a
// page referenced twice, a page whose header names another page, a page
// of the wrong kind, elements outside their page. It returns the number
// of pages reached. Only a file without such faults may be handed to
// bbolt's own check (Tx.Check), which follows page ids blindly.
func walkPages(path string) (pages int, problems []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, nil, err
	}
	meta, ok := newestMeta(f)
	if !ok {
		return 0, []string{"no valid meta page"}, nil
	}
	w := &pageWalk{f: f, pageSize: int64(meta.pageSize), highMark: meta.pgid, seen: map[uint64]bool{0: true, 1: true}}
	if need := int64(meta.pgid) * w.pageSize; st.Size() < need {
		w.problem("the file has %d bytes but its pages reach to byte %d: it was cut short", st.Size(), need)
		return 2, w.problems, nil
	}
	if meta.freelist != noFreelist {
		w.freelist(meta.freelist)
	}
	w.tree(meta.root, "root")
	if w.more > 0 {
		w.problems = append(w.problems, fmt.Sprintf("and %d more", w.more))
	}
	return len(w.seen), w.problems, nil
}

// boltMeta is what walkPages needs of a meta page.
type boltMeta struct {
	pageSize                 uint32
	root, freelist, pgid, tx uint64
}

// newestMeta returns the valid meta page with the highest transaction id.
func newestMeta(f io.ReaderAt) (boltMeta, bool) {
	read := func(off int64) (boltMeta, bool) {
		var b [pageHeader + 64]byte
		if _, err := f.ReadAt(b[:], off); err != nil {
			return boltMeta{}, false
		}
		m := b[pageHeader:]
		if !validMeta(m) {
			return boltMeta{}, false
		}
		return boltMeta{
			pageSize: binary.LittleEndian.Uint32(m[8:]),
			root:     binary.LittleEndian.Uint64(m[16:]),
			freelist: binary.LittleEndian.Uint64(m[32:]),
			pgid:     binary.LittleEndian.Uint64(m[40:]),
			tx:       binary.LittleEndian.Uint64(m[48:]),
		}, true
	}
	m0, ok0 := read(0)
	second := int64(os.Getpagesize())
	if ok0 {
		second = int64(m0.pageSize)
	}
	m1, ok1 := read(second)
	switch {
	case ok0 && ok1 && m1.tx > m0.tx, !ok0 && ok1:
		return m1, true
	case ok0:
		return m0, true
	}
	return boltMeta{}, false
}

// page reads page id with its overflow pages; nil if it cannot be read.
func (w *pageWalk) page(id uint64, from string) []byte {
	if id < 2 || id >= w.highMark {
		w.problem("%s: page %d is out of range (pages 2 to %d are in use)", from, id, w.highMark-1)
		return nil
	}
	if w.seen[id] {
		w.problem("%s: page %d is referenced twice", from, id)
		return nil
	}
	head := make([]byte, pageHeader)
	if _, err := w.f.ReadAt(head, int64(id)*w.pageSize); err != nil {
		w.problem("%s: page %d: %v", from, id, err)
		return nil
	}
	if got := binary.LittleEndian.Uint64(head); got != id {
		w.problem("%s: page %d names itself page %d", from, id, got)
		return nil
	}
	overflow := uint64(binary.LittleEndian.Uint32(head[12:]))
	if id+overflow >= w.highMark {
		w.problem("%s: page %d runs past the last page in use (%d overflow pages)", from, id, overflow)
		return nil
	}
	for i := uint64(0); i <= overflow; i++ {
		w.seen[id+i] = true
	}
	p := make([]byte, int64(1+overflow)*w.pageSize)
	if _, err := w.f.ReadAt(p, int64(id)*w.pageSize); err != nil {
		w.problem("%s: page %d: %v", from, id, err)
		return nil
	}
	return p
}

// freelist checks the freelist page: its ids are pages in range.
func (w *pageWalk) freelist(id uint64) {
	p := w.page(id, "freelist")
	if p == nil {
		return
	}
	if flags := binary.LittleEndian.Uint16(p[8:]); flags&freelistPage == 0 {
		w.problem("freelist: page %d is not a freelist page (flags %#x)", id, flags)
		return
	}
	count, first := uint64(binary.LittleEndian.Uint16(p[10:])), 0
	if count == 0xFFFF {
		count, first = binary.LittleEndian.Uint64(p[pageHeader:]), 1
	}
	if uint64(pageHeader)+(count+uint64(first))*8 > uint64(len(p)) {
		w.problem("freelist: page %d lists %d pages, more than it holds", id, count)
		return
	}
	for i := uint64(0); i < count; i++ {
		free := binary.LittleEndian.Uint64(p[pageHeader+(i+uint64(first))*8:])
		if free < 2 || free >= w.highMark {
			w.problem("freelist: page %d is out of range", free)
		}
	}
}

// tree walks the B+tree whose root is page id.
func (w *pageWalk) tree(id uint64, bucket string) {
	p := w.page(id, bucket)
	if p == nil {
		return
	}
	w.node(p, bucket, id)
}

// node checks one branch or leaf page p (id 0 for an inline page) and
// walks what it points to.
func (w *pageWalk) node(p []byte, bucket string, id uint64) {
	flags := binary.LittleEndian.Uint16(p[8:])
	count := int(binary.LittleEndian.Uint16(p[10:]))
	where := fmt.Sprintf("%s: page %d", bucket, id)
	if id == 0 {
		where = bucket + ": inline page"
	}
	if pageHeader+count*elementSize > len(p) {
		w.problem("%s: %d elements do not fit in it", where, count)
		return
	}
	for i := 0; i < count; i++ {
		e := p[pageHeader+i*elementSize:]
		at := pageHeader + i*elementSize
		switch {
		case flags&branchPage != 0:
			pos, ksize := int(binary.LittleEndian.Uint32(e)), int(binary.LittleEndian.Uint32(e[4:]))
			if at+pos+ksize > len(p) || pos < 0 {
				w.problem("%s: key %d lies outside the page", where, i)
				return
			}
			w.tree(binary.LittleEndian.Uint64(e[8:]), bucket)
		case flags&leafPage != 0:
			eflags := binary.LittleEndian.Uint32(e)
			pos, ksize, vsize := int(binary.LittleEndian.Uint32(e[4:])), int(binary.LittleEndian.Uint32(e[8:])), int(binary.LittleEndian.Uint32(e[12:]))
			if pos < 0 || at+pos+ksize+vsize > len(p) {
				w.problem("%s: element %d lies outside the page", where, i)
				return
			}
			if eflags&bucketElement == 0 {
				continue
			}
			key := p[at+pos : at+pos+ksize]
			val := p[at+pos+ksize : at+pos+ksize+vsize]
			name := fmt.Sprintf("%q", key)
			if bucket != "root" {
				name = bucket + "/" + name
			}
			if len(val) < bucketHeader {
				w.problem("%s: bucket %s has a header of %d bytes", where, name, len(val))
				continue
			}
			if root := binary.LittleEndian.Uint64(val); root != 0 {
				w.tree(root, name)
			} else if len(val) >= bucketHeader+pageHeader {
				w.node(val[bucketHeader:], name, 0)
			} else {
				w.problem("%s: inline bucket %s is too short", where, name)
			}
		default:
			w.problem("%s: not a branch or leaf page (flags %#x)", where, flags)
			return
		}
	}
}

// boltMagic opens every bbolt meta page.
const boltMagic = 0xED0CDAED

// validMeta reports whether m, the 64 bytes of a meta page after its
// header, is a bbolt meta of version 2 with a good checksum (FNV-64a of
// the bytes before it).
func validMeta(m []byte) bool {
	h := fnv.New64a()
	h.Write(m[:56])
	return binary.LittleEndian.Uint32(m[0:]) == boltMagic && binary.LittleEndian.Uint32(m[4:]) == 2 &&
		binary.LittleEndian.Uint64(m[56:]) == h.Sum64()
}
