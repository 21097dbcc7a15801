package eval

// matcher is a one-to-one matching of gold items (left) to graph items
// (right), grown by augmenting paths (Kuhn's algorithm). Growing a matching
// never unmatches a matched item, so matching the non-optional gold items
// first and the optional ones after gives a maximum matching in which as many
// non-optional items as possible are matched.
type matcher struct {
	edges  [][]int  // left → rights, in order of preference
	prefer [][]bool // parallel to edges: a preferred edge
	left   []int    // left → right, -1
	right  []int    // right → left, -1
	seen   []bool   // rights visited in the current search
	only   bool     // use preferred edges only
}

func newMatcher(nLeft, nRight int) *matcher {
	m := &matcher{
		edges:  make([][]int, nLeft),
		prefer: make([][]bool, nLeft),
		left:   make([]int, nLeft),
		right:  make([]int, nRight),
		seen:   make([]bool, nRight),
	}
	for i := range m.left {
		m.left[i] = -1
	}
	for i := range m.right {
		m.right[i] = -1
	}
	return m
}

// add records a possible pair. Edges of a left item are tried in the order
// added; callers add them in the order of the right items.
func (m *matcher) add(l, r int, preferred bool) {
	m.edges[l] = append(m.edges[l], r)
	m.prefer[l] = append(m.prefer[l], preferred)
}

// run matches the left items for which pick is true, in index order: first
// over preferred edges only, then over all edges.
func (m *matcher) run(pick func(l int) bool) {
	for _, only := range []bool{true, false} {
		m.only = only
		for l := range m.left {
			if m.left[l] >= 0 || !pick(l) {
				continue
			}
			clear(m.seen)
			m.augment(l)
		}
	}
}

// augment looks for an augmenting path from the unmatched left item l.
func (m *matcher) augment(l int) bool {
	for i, r := range m.edges[l] {
		if m.seen[r] || (m.only && !m.prefer[l][i]) {
			continue
		}
		m.seen[r] = true
		if m.right[r] < 0 || m.augment(m.right[r]) {
			m.left[l], m.right[r] = r, l
			return true
		}
	}
	return false
}

// matchOptional runs the matching in the order GOLD.md's optional items need:
// non-optional gold items first, then optional ones.
func (m *matcher) matchOptional(optional func(l int) bool) {
	m.run(func(l int) bool { return !optional(l) })
	m.run(optional)
}
