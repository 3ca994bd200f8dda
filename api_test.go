package protection_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// publicPackages are the directories of the importable packages.
var publicPackages = []string{"actor", "agreement", "assessment", "redline", "redline/redlinetest", "stakeholder"}

func loadPackage(t *testing.T, dir string) *doc.Package {
	t.Helper()
	fset := token.NewFileSet()
	var files []*ast.File
	matches, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range matches {
		if strings.HasSuffix(m, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, m, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	p, err := doc.NewFromFiles(fset, files, "github.com/humanitarian-negotiation/protection/"+dir)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestEveryTypeSaysZeroValueAndConcurrency holds the first habit of
// STYLE.md: every exported type's doc says what its zero value means and
// whether it is safe for concurrent use.
func TestEveryTypeSaysZeroValueAndConcurrency(t *testing.T) {
	for _, dir := range publicPackages {
		p := loadPackage(t, dir)
		for _, typ := range p.Types {
			d := strings.Join(strings.Fields(typ.Doc), " ")
			if d == "" {
				t.Errorf("%s.%s has no doc comment", dir, typ.Name)
				continue
			}
			if !strings.Contains(d, "zero") && !strings.Contains(d, "Zero") {
				t.Errorf("%s.%s: the doc does not say what the zero value means", dir, typ.Name)
			}
			if !strings.Contains(d, "concurren") {
				t.Errorf("%s.%s: the doc does not say whether it is safe for concurrent use", dir, typ.Name)
			}
		}
	}
}

// TestEnumRecipe holds DESIGN.md's enum recipe: every integer enumeration
// has String (its wire word), Label (its words for people), IsValid,
// MarshalText, UnmarshalText and a Parse function.
func TestEnumRecipe(t *testing.T) {
	for _, dir := range publicPackages {
		p := loadPackage(t, dir)
		for _, typ := range p.Types {
			spec := typ.Decl.Specs[0].(*ast.TypeSpec)
			id, ok := spec.Type.(*ast.Ident)
			if !ok || spec.Assign != 0 || !strings.HasPrefix(id.Name, "uint") && !strings.HasPrefix(id.Name, "int") || len(typ.Consts) == 0 {
				continue
			}
			var methods []string
			for _, m := range typ.Methods {
				methods = append(methods, m.Name)
			}
			for _, want := range []string{"String", "Label", "IsValid", "MarshalText", "UnmarshalText"} {
				if !slices.Contains(methods, want) {
					t.Errorf("%s.%s: enumeration without %s", dir, typ.Name, want)
				}
			}
			parse := false
			for _, f := range typ.Funcs {
				parse = parse || strings.HasPrefix(f.Name, "Parse")
			}
			if !parse {
				t.Errorf("%s.%s: enumeration without a Parse function", dir, typ.Name)
			}
		}
	}
}

// TestEverythingExportedIsDocumented: every exported function, method,
// constant group and variable has a doc comment.
func TestEverythingExportedIsDocumented(t *testing.T) {
	for _, dir := range publicPackages {
		p := loadPackage(t, dir)
		funcs := slices.Clone(p.Funcs)
		values := slices.Concat(p.Consts, p.Vars)
		for _, typ := range p.Types {
			funcs = slices.Concat(funcs, typ.Funcs, typ.Methods)
			values = slices.Concat(values, typ.Consts, typ.Vars)
		}
		for _, f := range funcs {
			if strings.TrimSpace(f.Doc) == "" {
				name := f.Name
				if f.Recv != "" {
					name = f.Recv + "." + name
				}
				t.Errorf("%s.%s has no doc comment", dir, name)
			}
		}
		for _, v := range values {
			if strings.TrimSpace(v.Doc) != "" {
				continue
			}
			for _, spec := range v.Decl.Specs {
				vs := spec.(*ast.ValueSpec)
				if vs.Doc == nil && vs.Comment == nil && vs.Names[0].IsExported() {
					t.Errorf("%s.%s has no doc comment", dir, vs.Names[0].Name)
				}
			}
		}
	}
}
