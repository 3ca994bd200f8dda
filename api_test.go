package protection_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/humanitarian-negotiation/protection/internal/check"
)

// publicPackages are the directories of the importable packages.
var publicPackages = []string{"actor", "sanctions", "actor/ucdp", "agreement", "agreement/research", "assessment", "assessment/incident", "risk", "redline", "redline/redlinetest", "stakeholder"}

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
	"sanctions.EntryReader":      "a reader",
	"assessment.Policy":          "the agency's policy, an input",
	"assessment.EvidencePolicy":  "part of the agency's policy, an input",
	"assessment.Weights":         "part of the agency's policy, an input",
	"assessment.FactorScores":    "the caller's scores, an input",
	"assessment.Input":           "the caller's assessment, an input",
	"assessment.IncidentQuery":   "the caller's question of incident data, an input",
	"redline.Policy":             "the agency's policy, an input; the compiled Checker prints",
	"redlinetest.Case":           "the agency's test case, an input",
	"agreement.Party":            "a party of the caller's agreement, an input, as Agreement.Party looks it up",
	"agreement.Phase":            "a phase of the caller's agreement, an input, as Agreement.Phase looks it up",
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

// discoverPublicPackages lists the directories below the module root that
// hold an importable package: Go files other than tests, outside internal/,
// examples/ and testdata/.
func discoverPublicPackages(t *testing.T) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		switch d.Name() {
		case "internal", "examples", "testdata":
			return filepath.SkipDir
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		files, err := filepath.Glob(filepath.Join(p, "*.go"))
		if err != nil {
			return err
		}
		if p != "." && slices.ContainsFunc(files, func(f string) bool { return !strings.HasSuffix(f, "_test.go") }) {
			dirs = append(dirs, filepath.ToSlash(p))
		}
		return nil
	})
	require.NoError(t, err)
	return dirs
}

// modName reads a shared file of the package in dir with the package's
// name replaced by PKG, where it stands as the package clause or as a
// quoted string: what is left must be the same in every package.
func modName(t *testing.T, dir, file string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, file))
	require.NoError(t, err)
	name := path.Base(dir)
	s := strings.Replace(string(b), "package "+name+"\n", "package PKG\n", 1)
	return strings.ReplaceAll(s, `"`+name+`"`, `"PKG"`)
}

// alike asserts that the file of every package in dirs is the same modulo
// the package's name; the text most of them share is the reference, and each
// package that differs from it is named with the difference.
func alike(t *testing.T, file string, dirs []string) string {
	t.Helper()
	texts := map[string]string{}
	count := map[string]int{}
	for _, dir := range dirs {
		texts[dir] = modName(t, dir, file)
		count[texts[dir]]++
	}
	ref := texts[dirs[0]]
	for _, dir := range dirs {
		if count[texts[dir]] > count[ref] {
			ref = texts[dir]
		}
	}
	for _, dir := range dirs {
		assert.Equal(t, ref, texts[dir], "%s/%s differs from the %s the other packages share, modulo the package name", dir, file, file)
	}
	return ref
}

// awaitingErrorsGo are public packages that still lack errors.go, with why.
// The test fails once one of them has it, so the entry is removed with the
// reason.
var awaitingErrorsGo = map[string]string{}

// TestErrorsAndLimitsAlike holds issue 22, item 4: every public package
// re-exports the shared error type in an errors.go that is the same, but for
// the package's name, in every package — FieldError, Reason and all eleven
// Reason constants — and every package whose decoders take Limits declares
// it in a limits.go that is likewise the same everywhere, and nowhere else.
func TestErrorsAndLimitsAlike(t *testing.T) {
	dirs := discoverPublicPackages(t)
	require.NotEmpty(t, dirs)
	assert.ElementsMatch(t, publicPackages, dirs, "publicPackages lists every importable package")

	var withErrors []string
	for _, dir := range dirs {
		_, err := os.Stat(filepath.Join(dir, "errors.go"))
		if why, waiting := awaitingErrorsGo[dir]; waiting {
			assert.ErrorIs(t, err, fs.ErrNotExist, "%s has errors.go now: remove it from awaitingErrorsGo (%s)", dir, why)
			continue
		}
		if assert.NoError(t, err, "%s has no errors.go", dir) {
			withErrors = append(withErrors, dir)
		}
	}
	require.NotEmpty(t, withErrors)
	ref := alike(t, "errors.go", withErrors)

	// The shared text declares the aliases and every reason of check.
	f, err := parser.ParseFile(token.NewFileSet(), "errors.go", ref, 0)
	require.NoError(t, err)
	var aliases, reasons []string
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			switch s := spec.(type) {
			case *ast.TypeSpec:
				if s.Assign != 0 {
					aliases = append(aliases, s.Name.Name)
				}
			case *ast.ValueSpec:
				for _, n := range s.Names {
					if strings.HasPrefix(n.Name, "Reason") {
						reasons = append(reasons, n.Name)
					}
				}
			}
		}
	}
	assert.Equal(t, []string{"FieldError", "Reason"}, aliases)
	assert.Equal(t, []string{
		"ReasonRequired", "ReasonInvalid", "ReasonUnknown", "ReasonOutOfRange", "ReasonDuplicate", "ReasonReference",
		"ReasonCycle", "ReasonConflict", "ReasonTooLarge", "ReasonSyntax", "ReasonType",
	}, reasons)
	// check has exactly those eleven: the twelfth is out of range.
	assert.Equal(t, "type", check.Type.String())
	assert.Equal(t, 11, int(check.Type))
	assert.Equal(t, "Reason(12)", check.Reason(12).String())

	// Limits: in limits.go where the package's API takes it, and only there.
	var withLimits []string
	for _, dir := range dirs {
		takes, declaredIn := limitsUse(t, dir)
		_, err := os.Stat(filepath.Join(dir, "limits.go"))
		has := err == nil
		assert.Equal(t, takes, has, "%s: a function taking Limits goes with limits.go, and limits.go with such a function", dir)
		for _, file := range declaredIn {
			assert.Equal(t, "limits.go", file, "%s declares Limits outside limits.go", dir)
		}
		if has {
			withLimits = append(withLimits, dir)
		}
	}
	assert.ElementsMatch(t, []string{"actor", "sanctions", "agreement", "assessment", "redline", "stakeholder"}, withLimits)
	if len(withLimits) > 0 {
		alike(t, "limits.go", withLimits)
	}
}

// limitsUse reports whether an exported function or method of the package
// in dir has a parameter of its own type Limits, and the files that declare
// a type Limits.
func limitsUse(t *testing.T, dir string) (takes bool, declaredIn []string) {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, m := range matches {
		if strings.HasSuffix(m, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, m, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				for _, p := range d.Type.Params.List {
					if id, ok := p.Type.(*ast.Ident); ok && id.Name == "Limits" {
						takes = true
					}
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if ts, ok := spec.(*ast.TypeSpec); ok && ts.Name.Name == "Limits" {
						declaredIn = append(declaredIn, filepath.Base(m))
					}
				}
			}
		}
	}
	return takes, declaredIn
}
