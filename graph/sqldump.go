package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// readDumpSQL reads every quad of an SQL store with two queries in one
// read-only transaction: the nodes, then the quads by their node hashes.
// Cayley's own reader asks for each node on its own, some 18,000 quads a
// second on a local PostgreSQL. It reads the tables as Cayley's SQL backend
// lays them out at the pinned version (graph/sql: nodes(hash, value,
// value_string, datatype, language, iri, bnode, value_int, value_bool,
// value_float, value_time), quads(subject_hash, predicate_hash,
// object_hash, label_hash)) and decodes a node as its NameOf does.
func (s *Store) readDumpSQL(ctx context.Context) (*dump, error) {
	db, err := sql.Open(s.sql.backend.driver, s.sql.dsn)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	d := &dump{}
	number := map[string]int32{}
	rows, err := tx.QueryContext(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode,
		value_int, value_bool, value_float, value_time FROM nodes`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			hash, data       []byte
			str, typ, lang   sql.NullString
			iri, bnode, vbol sql.NullBool
			vint             sql.NullInt64
			vflt             sql.NullFloat64
			vtim             sql.NullTime
		)
		if err := rows.Scan(&hash, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbol, &vflt, &vtim); err != nil {
			return nil, err
		}
		var v quad.Value
		switch {
		case str.Valid && iri.Bool:
			v = quad.IRI(str.String)
		case str.Valid && bnode.Bool:
			v = quad.BNode(str.String)
		case str.Valid && lang.Valid:
			v = quad.LangString{Value: quad.String(unescapeNull(str.String)), Lang: lang.String}
		case str.Valid && typ.Valid:
			v = quad.TypedString{Value: quad.String(unescapeNull(str.String)), Type: quad.IRI(typ.String)}
		case str.Valid:
			v = quad.String(unescapeNull(str.String))
		case vint.Valid:
			v = quad.Int(vint.Int64)
		case vbol.Valid:
			v = quad.Bool(vbol.Bool)
		case vflt.Valid:
			v = quad.Float(vflt.Float64)
		case vtim.Valid:
			v = quad.Time(vtim.Time.UTC())
		default:
			if v, err = pquads.UnmarshalValue(data); err != nil {
				return nil, fmt.Errorf("node %x: %w", hash, err)
			}
		}
		v = standard(v)
		number[string(hash)] = int32(len(d.values))
		d.values = append(d.values, v)
		d.terms = append(d.terms, v.String())
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	rows, err = tx.QueryContext(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var h [4][]byte
		if err := rows.Scan(&h[0], &h[1], &h[2], &h[3]); err != nil {
			return nil, err
		}
		q := dumpQuad{noLabel, noLabel, noLabel, noLabel}
		for i, hash := range h {
			if hash == nil {
				continue // no label
			}
			n, ok := number[string(hash)]
			if !ok {
				return nil, fmt.Errorf("quad: node %x is not in the nodes table", hash)
			}
			q[i] = n
		}
		if q[0] == noLabel || q[1] == noLabel || q[2] == noLabel {
			return nil, fmt.Errorf("quad without a subject, predicate or object")
		}
		d.quads = append(d.quads, q)
	}
	return d, rows.Err()
}

// unescapeNull undoes Cayley's escape of NUL bytes in SQL text.
func unescapeNull(s string) string { return strings.ReplaceAll(s, `\x00`, "\u0000") }
