package protection_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// publicPackages are the directories of the importable packages.
var publicPackages = []string{"actor", "actor/ucdp", "agreement", "agreement/research", "assessment", "assessment/incident", "risk", "redline", "redline/redlinetest", "stakeholder"}

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

// notPrinted are the exported struct types a function returns that are not
// results a person reads: machinery that reads, writes or computes, and
// inputs and policies the caller wrote. Every other struct a function
// returns has String (or Error), so fmt.Println never shows a raw struct.
var notPrinted = map[string]string{
	"ucdp.ActorReader":           "a reader",
	"ucdp.ConflictReader":        "a reader",
	"research.CaseReader":        "a reader",
	"research.CaseWriter":        "a writer",
	"research.CrossTabulator":    "an accumulator; its Table prints",
	"research.Tabulator":         "an accumulator; its Summary prints",
	"assessment.Decider":         "the compiled policy that decides; its Decision prints",
	"assessment.IncidentCounter": "an accumulator; its Evidence prints",
	"incident.Reader":            "a reader",
	"assessment.Policy":          "the agency's policy, an input",
	"assessment.EvidencePolicy":  "part of the agency's policy, an input",
	"assessment.Weights":         "part of the agency's policy, an input",
	"assessment.FactorScores":    "the caller's scores, an input",
	"assessment.Input":           "the caller's assessment, an input",
	"redline.Policy":             "the agency's policy, an input; the compiled Checker prints",
	"redlinetest.Case":           "the agency's test case, an input",
}

// TestEveryResultPrints holds issue 15: every exported struct type that an
// exported function or method returns — directly, by pointer or in a
// slice — has String or Error, unless notPrinted says why not.
func TestEveryResultPrints(t *testing.T) {
	for _, dir := range publicPackages {
		p := loadPackage(t, dir)
		structs := map[string]bool{}
		printable := map[string]bool{}
		for _, typ := range p.Types {
			if _, ok := typ.Decl.Specs[0].(*ast.TypeSpec).Type.(*ast.StructType); ok {
				structs[typ.Name] = true
			}
			for _, m := range typ.Methods {
				printable[typ.Name] = printable[typ.Name] || m.Name == "String" || m.Name == "Error"
			}
		}
		var visit func(where string, e ast.Expr)
		visit = func(where string, e ast.Expr) {
			switch x := e.(type) {
			case *ast.StarExpr:
				visit(where, x.X)
			case *ast.ArrayType:
				visit(where, x.Elt)
			case *ast.Ident:
				name := p.Name + "." + x.Name
				if _, ok := notPrinted[name]; !ok && structs[x.Name] && !printable[x.Name] {
					t.Errorf("%s returns %s, which has no String", where, name)
				}
			}
		}
		check := func(name string, f *ast.FuncType) {
			if f.Results == nil {
				return
			}
			for _, r := range f.Results.List {
				visit(p.Name+"."+name, r.Type)
			}
		}
		for _, f := range p.Funcs {
			check(f.Name, f.Decl.Type)
		}
		for _, typ := range p.Types {
			for _, f := range typ.Funcs {
				check(f.Name, f.Decl.Type)
			}
			for _, f := range typ.Methods {
				check(typ.Name+"."+f.Name, f.Decl.Type)
			}
		}
	}
	for name := range notPrinted {
		pkg, typ, _ := strings.Cut(name, ".")
		dir := ""
		for _, d := range publicPackages {
			if path.Base(d) == pkg {
				dir = d
			}
		}
		found := false
		for _, tp := range loadPackage(t, dir).Types {
			found = found || tp.Name == typ
		}
		if !found {
			t.Errorf("notPrinted names %s, which does not exist", name)
		}
	}
}
