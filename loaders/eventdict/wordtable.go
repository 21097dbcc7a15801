package eventdict

// wordTable maps the words patterns name to ids. Match looks up every word
// of a clause, so this is its hot path: an open-addressed table of FNV-1a
// hashes, about three times faster than a Go map for these short keys.
type wordTable struct {
	slots []wordSlot // power-of-two length, at most half full
	words []string   // by id
}

type wordSlot struct {
	hash uint32
	id   int32 // id+1; 0 marks an empty slot
}

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// id returns the id of w, or -1.
func (t *wordTable) id(w string) int32 { return t.idHash(w, fnv1a(w)) }

// idHash is id for a word whose hash the caller has.
func (t *wordTable) idHash(w string, h uint32) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.id == 0 {
			return -1
		}
		if s.hash == h && t.words[s.id-1] == w {
			return s.id - 1
		}
	}
}

// add returns the id of w, adding it if it is new.
func (t *wordTable) add(w string) int32 {
	if id := t.id(w); id >= 0 {
		return id
	}
	if 2*(len(t.words)+1) > len(t.slots) {
		t.grow()
	}
	id := int32(len(t.words))
	t.words = append(t.words, w)
	t.insert(fnv1a(w), id)
	return id
}

func (t *wordTable) insert(h uint32, id int32) {
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = wordSlot{hash: h, id: id + 1}
}

func (t *wordTable) grow() {
	t.slots = make([]wordSlot, max(1024, 2*len(t.slots)))
	for id, w := range t.words {
		t.insert(fnv1a(w), int32(id))
	}
}

// wordFilter is a 1024-bit Bloom filter of word hashes: a cheap first test
// of whether a word may be one of a few.
type wordFilter [16]uint64

func (f *wordFilter) add(h uint32)      { f[(h>>6)&15] |= 1 << (h & 63) }
func (f *wordFilter) has(h uint32) bool { return f[(h>>6)&15]&(1<<(h&63)) != 0 }
