package sanctions

import (
	"slices"
	"strconv"
	"time"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/check"
	"github.com/humanitarian-negotiation/protection/internal/cite"
	"github.com/humanitarian-negotiation/protection/internal/words"
	"github.com/humanitarian-negotiation/protection/redline"
)

// Counterpart is a party a proposal's terms may benefit — the armed actor, the
// host state, a supplier — named by its role in the terms (redline.Entity)
// with its designations as actor.Designation values: the same listings the
// actor package records and the assessment package escalates on. A
// counterpart given with no designations has been screened and is listed
// nowhere; a party the terms benefit that is not given at all is unscreened,
// and a transfer to it is indeterminate, never cleared.
//
// The zero value is not a counterpart (its entity is unset). A Counterpart
// is a plain value, safe for concurrent reads; Screen never modifies it.
type Counterpart struct {
	Entity       redline.Entity      `json:"entity"`
	Designations []actor.Designation `json:"designations,omitempty"`
}

// String names the counterpart and counts its sanctions listings: "the
// armed actor, with 2 sanctions listings".
func (c Counterpart) String() string {
	n := 0
	for _, d := range c.Designations {
		if d.Sanctions() {
			n++
		}
	}
	if n == 0 {
		return c.Entity.Label() + ", on no sanctions list"
	}
	return c.Entity.Label() + ", with " + words.Count(n, "sanctions listing", "")
}

// Limits on what Screen accepts.
const (
	MaxTerms        = 10_000 // terms in one proposal
	MaxDesignations = 64     // designations of one counterpart
)

// resolved is one designation of a counterpart as the screening reads it.
type resolved struct {
	index    int // in the counterpart's designations
	d        *actor.Designation
	regime   *Regime // nil for a CAAC listing and for another state's law
	national bool    // listed under another state's national law
}

// beneficiary returns what a term of kind k moves and which of its
// attributes names the party it moves to or from, with the purpose a
// transfer in kind stands for; ok is false for a kind the library does not
// know.
func beneficiary(t *redline.Term) (tr Transfer, who redline.Entity, purpose redline.Purpose, ok bool) {
	switch t.Kind {
	case redline.KindPayment:
		return TransferPayment, t.Payee, t.Purpose, true
	case redline.KindFunding:
		return TransferReceipt, t.Source, 0, true
	case redline.KindArmedEscort:
		// An escort's keep — pay, fuel, food — is a service paid for in kind.
		return TransferInKind, t.Provider, redline.PurposeService, true
	case redline.KindBeneficiarySelection:
		// Assistance whose distribution the party controls can be diverted
		// to its benefit: goods made available to it.
		return TransferInKind, t.ControlledBy, redline.PurposeGoods, true
	case redline.KindInformationSharing:
		return TransferInformation, t.Recipient, 0, true
	}
	if t.Kind.Builtin() {
		return TransferNone, 0, 0, true
	}
	return TransferUnknown, 0, 0, false
}

// Screen screens a proposal's terms against the sanctions that list the
// parties they benefit, for an organisation of standing s, on the day of at.
//
// Each term gets at least one finding. A term that moves nothing (dialogue,
// commitments, access) gets a no-transfer finding saying that contact is not
// what an asset freeze prohibits. A term that moves funds, goods or services
// to or for a party — a payment of any purpose, an escort's keep, assistance
// whose distribution the party controls — or funds from it, or information
// to it, gets one finding per designation of the party and per jurisdiction
// the designation binds the organisation under: the UN Security Council's
// measures bind everywhere, and the EU and the UK give effect to them in
// their law; a US, EU or UK designation binds under that law only. Each
// finding is prohibited (and says who may allow the transfer case by case),
// exempted (citing the exemption in force on the day and its conditions),
// or outside every exemption, a legal review at headquarters; a listing
// under a law the organisation does not answer to is not binding, and a
// party listed nowhere gets a no-designation finding. A party the terms
// benefit that counterparts does not list is unscreened: indeterminate. A
// US Foreign Terrorist Organization adds, for an organisation answering to
// US law, the criminal-law question of material support (18 U.S.C. §
// 2339B), which no licence settles. Ransom is never exempted.
//
// Screen returns an error, and no report, for an invalid or unset standing,
// a zero at, an invalid term (as redline.Term.Validate), a counterpart with
// an invalid or repeated entity, an invalid designation (as
// actor.Designation.Validate), or a designation whose regime the table does
// not know — unknown is never allowed. Errors are an errors.Join of
// *FieldError values with paths such as "terms[2].payee" and
// "counterparts[0].designations[1].regime". Screen modifies none of its
// arguments, reads no clock, and gives the same report for the same input.
func Screen(terms []redline.Term, counterparts []Counterpart, s Standing, at time.Time) (Report, error) {
	var res resolution
	if err := validate(terms, counterparts, s, at, &res); err != nil {
		return Report{}, err
	}

	r := Report{Table: TableVersion, At: day(at), Standing: cloneStanding(s), Terms: len(terms)}
	sc := screener{s: &r.Standing, at: r.At, res: &res, counterparts: counterparts}
	r.Findings = make([]Finding, 0, 2*len(terms))
	for i := range terms {
		r.Findings = sc.term(r.Findings, i, &terms[i])
	}
	r.Notes = sc.notes()
	for _, f := range r.Findings {
		r.Verdict = max(r.Verdict, f.Verdict)
	}
	for _, n := range r.Notes {
		r.Verdict = max(r.Verdict, n.Verdict())
	}
	if r.Verdict == 0 {
		r.Verdict = VerdictNoTransfer // no terms: nothing moves
	}
	return r, nil
}

// validate checks Screen's arguments and reads the counterparts'
// designations.
func validate(terms []redline.Term, counterparts []Counterpart, s Standing, at time.Time, rs *resolution) error {
	c := check.Errors{Pkg: pkg}
	s.check(&c, "standing")
	if at.IsZero() {
		c.Add("at", check.Required, "the day of the screening decides which exemptions are in force")
	}
	if len(terms) > MaxTerms {
		c.Add("terms", check.TooLarge, "more than "+strconv.Itoa(MaxTerms)+" terms")
	} else {
		for i := range terms {
			if err := terms[i].Validate(); err != nil {
				c.AddErr(check.Index("terms", i), err)
			}
		}
	}
	resolve(&c, counterparts, rs)
	return c.Err()
}

func cloneStanding(s Standing) Standing {
	s.Jurisdictions = slices.Clone(s.Jurisdictions)
	return s
}

// resolution is the counterparts' designations as the screening reads
// them: all of them in order — in inline while they fit, else in more —,
// and for counterpart i the span [span[i][0], span[i][1]) of them. There are
// at most as many counterparts as entities, or Screen refuses them. A
// resolution lives in Screen's frame: reading the designations allocates
// nothing for up to len(inline) of them.
type resolution struct {
	inline [16]resolved
	more   []resolved
	n      int
	span   [maxCounterparts][2]int32
}

// maxCounterparts bounds the counterparts of one screening: each names a
// different entity.
const maxCounterparts = 32

func (rs *resolution) of(i int) []resolved {
	if rs.more != nil {
		return rs.more[rs.span[i][0]:rs.span[i][1]]
	}
	return rs.inline[rs.span[i][0]:rs.span[i][1]]
}

func (rs *resolution) add(rd resolved) {
	if rs.more != nil {
		rs.more = append(rs.more, rd)
	} else {
		rs.inline[rs.n] = rd
	}
	rs.n++
}

// resolve checks the counterparts and reads each one's designations into rs.
func resolve(c *check.Errors, cps []Counterpart, rs *resolution) {
	if len(cps) > maxCounterparts {
		c.Add("counterparts", check.TooLarge, "more than "+strconv.Itoa(maxCounterparts)+" counterparts; each names a different entity")
		return
	}
	total := 0
	for i := range cps {
		total += min(len(cps[i].Designations), MaxDesignations)
	}
	if total > len(rs.inline) {
		rs.more = make([]resolved, 0, total)
	}
	var seen [256]bool
	for i := range cps {
		cp := &cps[i]
		p := func() string { return check.Index("counterparts", i) }
		switch {
		case !cp.Entity.IsValid():
			c.Enum(check.Join(p(), "entity"), false, cp.Entity == 0, true, "entity")
		case seen[cp.Entity]:
			c.Add(check.Join(p(), "entity"), check.Duplicate, cp.Entity.Label()+" is given twice")
		default:
			seen[cp.Entity] = true
		}
		rs.span[i][0] = int32(rs.n)
		rs.span[i][1] = int32(rs.n)
		if len(cp.Designations) > MaxDesignations {
			c.Add(check.Join(p(), "designations"), check.TooLarge, "more than "+strconv.Itoa(MaxDesignations)+" designations")
			continue
		}
		for j := range cp.Designations {
			d := &cp.Designations[j]
			dp := func() string { return check.Index(check.Join(p(), "designations"), j) }
			if err := d.Validate(); err != nil {
				c.AddErr(dp(), err)
				continue
			}
			rd, ok := resolveOne(c, dp, d)
			if ok {
				rd.index = j
				rs.add(rd)
			}
		}
		rs.span[i][1] = int32(rs.n)
	}
}

// resolveOne finds the regime of a valid designation.
func resolveOne(c *check.Errors, path func() string, d *actor.Designation) (resolved, bool) {
	rd := resolved{d: d}
	switch d.Kind {
	case actor.DesignationCAAC:
		return rd, true
	case actor.DesignationUNSanctions:
		// By is the Security Council's or unset; Validate refuses another.
	case actor.DesignationTerrorist:
		switch d.By {
		case 0:
			c.Add(check.Join(path(), "by"), check.Required, "screening needs to know whose list a terrorist listing is on")
			return rd, false
		case actor.DesignatorOtherState:
			rd.national = true
			return rd, true
		}
	}
	by := d.By
	if d.Kind == actor.DesignationUNSanctions {
		by = actor.DesignatorUNSecurityCouncil
	}
	var byID, byRef *Regime
	if d.Regime != "" {
		byID = lookupRegime(by, d.Regime)
		if byID == nil {
			c.Add(check.Join(path(), "regime"), check.Unknown, "no regime "+check.Quote(d.Regime, 40)+" of "+designatorName(by)+" in the table; unknown is never allowed"+regimeHint(by, d.Regime))
			return rd, false
		}
	}
	if d.Reference != "" && by == actor.DesignatorUNSecurityCouncil {
		byRef = regimeForReference(d.Reference)
	}
	switch {
	case byID != nil && byRef != nil && byID != byRef:
		c.Add(check.Join(path(), "reference"), check.Conflict, "the reference "+check.Quote(d.Reference, 40)+" is on the "+byRef.ID+" list, not the "+byID.ID+" list the regime names")
		return rd, false
	case byID != nil:
		rd.regime = byID
	case byRef != nil:
		rd.regime = byRef
	default:
		c.Add(check.Join(path(), "regime"), check.Required, "name the regime, or give a reference number of the UN Consolidated List")
		return rd, false
	}
	return rd, true
}

// screener holds what one Screen call screens with.
type screener struct {
	s            *Standing
	at           time.Time
	res          *resolution
	counterparts []Counterpart
	arena        []string // the backing of the findings' Cites and Conditions
}

// counterpart returns the index of the counterpart for entity e, or -1.
func (sc *screener) counterpart(e redline.Entity) int {
	for i := range sc.counterparts {
		if sc.counterparts[i].Entity == e {
			return i
		}
	}
	return -1
}

// jurisdictionsOf lists where a regime's designations bind, in order.
func jurisdictionsOf(by actor.Designator) []Jurisdiction {
	switch by {
	case actor.DesignatorUNSecurityCouncil:
		return []Jurisdiction{JurisdictionUN, JurisdictionEU, JurisdictionUK}
	case actor.DesignatorEuropeanUnion:
		return []Jurisdiction{JurisdictionEU}
	case actor.DesignatorUnitedKingdom:
		return []Jurisdiction{JurisdictionUK}
	case actor.DesignatorUnitedStates:
		return []Jurisdiction{JurisdictionUS}
	}
	return nil
}

// term appends the findings of term i.
func (sc *screener) term(fs []Finding, i int, t *redline.Term) []Finding {
	base := Finding{Term: i, TermID: t.ID, Kind: t.Kind, Designation: -1}
	tr, who, purpose, known := beneficiary(t)
	base.Transfer, base.Counterpart, base.Purpose = tr, who, purpose
	switch {
	case !known:
		return append(fs, base.with(VerdictIndeterminate, CodeUnknownKind))
	case tr == TransferNone:
		return append(fs, base.with(VerdictNoTransfer, CodeContact))
	case who == 0:
		return append(fs, base.with(VerdictIndeterminate, CodeNoBeneficiary))
	case who == redline.EntityNone || who == redline.EntityAgency:
		return append(fs, base.with(VerdictNoTransfer, CodeNotToParty))
	}
	ci := sc.counterpart(who)
	if ci < 0 {
		return append(fs, base.with(VerdictIndeterminate, CodeUnscreened))
	}
	res := sc.res.of(ci)
	listed := false
	for k := range res {
		rd := &res[k]
		if !rd.d.Sanctions() {
			continue
		}
		listed = true
		f := base
		f.Designation, f.Reference = rd.index, rd.d.Reference
		if rd.national {
			f.By, f.Regime = rd.d.By, rd.d.Regime
			f.Question = QuestionNationalLaw
			fs = append(fs, f.with(VerdictLegalReview, CodeNationalLaw))
			continue
		}
		f.By, f.Regime = rd.regime.By, rd.regime.ID
		js := jurisdictionsOf(rd.regime.By)
		bound := false
		for _, j := range js {
			if !sc.s.AnswersTo(j) {
				continue
			}
			bound = true
			g := f
			g.Jurisdiction = j
			g.Question = QuestionAssetFreeze
			fs = append(fs, sc.freeze(g, rd.regime))
		}
		if !bound {
			g := f
			g.Jurisdiction = js[0]
			fs = append(fs, g.with(VerdictNotBinding, CodeNotBinding))
		}
		if isFTO(rd.regime) && sc.s.AnswersTo(JurisdictionUS) && tr != TransferReceipt {
			g := f
			g.Jurisdiction, g.Question = JurisdictionUS, QuestionMaterialSupport
			g.Cites = sc.strs(cite.USC2339B, cite.HLP2010)
			fs = append(fs, g.with(VerdictLegalReview, CodeMaterialSupport))
		}
	}
	if !listed {
		code := CodeNotDesignated
		if len(res) > 0 {
			code = CodeCAACOnly
		}
		return append(fs, base.with(VerdictNoDesignation, code))
	}
	return fs
}

func isFTO(r *Regime) bool { return r.By == actor.DesignatorUnitedStates && r.ID == "FTO" }

// freeze answers the asset-freeze question for one jurisdiction.
func (sc *screener) freeze(f Finding, r *Regime) Finding {
	is1267 := r.By == actor.DesignatorUNSecurityCouncil && r.ID == "1267"
	regimeCite := ""
	if is1267 {
		regimeCite = cite.UNSCR1267
	}
	switch f.Transfer {
	case TransferInformation:
		f.Cites = sc.strs(regimeCite)
		return f.with(VerdictNoTransfer, CodeInformation)
	case TransferReceipt:
		f.Cites = sc.strs(regimeCite)
		return f.with(VerdictLegalReview, CodeFundsFromParty)
	}
	switch f.Purpose {
	case 0:
		f.Cites = sc.strs(regimeCite)
		return f.with(VerdictIndeterminate, CodeNoPurpose)
	case redline.PurposeRansom:
		if is1267 {
			f.Cites = sc.strs(regimeCite, cite.UNSCR2133)
		}
		return f.with(VerdictProhibited, CodeRansom)
	}
	var inForce, lapsed *Exemption
	var next time.Time // the first day an exemption for the regime takes effect after the day screened
	orgOK := false
	for k := range exemptions {
		e := &exemptions[k]
		if e.Jurisdiction != f.Jurisdiction || !e.Reaches(*r) {
			continue
		}
		if e.From.After(sc.at) && (next.IsZero() || e.From.Before(next)) {
			next = e.From
		}
		if !e.inForce(sc.at) {
			if e.Lapse != "" && !e.Until.IsZero() && !sc.at.Before(e.Until) {
				lapsed = e
			}
			continue
		}
		if inForce == nil {
			inForce = e
		}
		if !e.CoversOrg(*sc.s) {
			continue
		}
		orgOK = true
		if e.CoversPurpose(f.Purpose) {
			f.Exemption = e.ID
			f.Cites = sc.strs(regimeCite, e.Cite)
			cat := ""
			if len(e.Categories) > 0 {
				cat = categoryCondition(sc.s.Category)
			}
			f.Conditions = sc.join(e.Conditions, cat)
			f.Unverified = e.Unverified
			return f.with(VerdictExempted, CodeExempted)
		}
		inForce = e
	}
	gap := sc.gap(f.Jurisdiction, r)
	switch {
	case inForce != nil && gap == nil:
		f.Exemption = inForce.ID
		f.Cites = sc.strs(regimeCite, inForce.Cite)
		if orgOK {
			return f.with(VerdictLegalReview, CodeOutsidePurpose)
		}
		return f.with(VerdictLegalReview, CodeOutsideOrg)
	case gap != nil:
		f.Cites = sc.strs(regimeCite)
		f.Unverified = gap.Note
		return f.with(VerdictLegalReview, CodeGap)
	case lapsed != nil:
		f.Exemption = lapsed.ID
		f.Cites = sc.strs(regimeCite, lapsed.Cite)
		f.Unverified = lapsed.Lapse
		return f.with(VerdictLegalReview, CodeLapsed)
	}
	f.Cites = sc.strs(regimeCite)
	f.Approval = f.Jurisdiction.Approver()
	f.ExemptionFrom = next
	if r.Unverified != "" {
		f.Unverified = r.Unverified
	}
	return f.with(VerdictProhibited, CodeNoExemption)
}

// join returns xs followed by extra, if it is not empty, as strs does.
func (sc *screener) join(xs []string, extra string) []string {
	n := len(xs) + 1
	if cap(sc.arena)-len(sc.arena) < n {
		sc.arena = make([]string, 0, max(n, 128))
	}
	start := len(sc.arena)
	sc.arena = append(sc.arena, xs...)
	if extra != "" {
		sc.arena = append(sc.arena, extra)
	}
	return sc.arena[start:len(sc.arena):len(sc.arena)]
}

// strs returns the non-empty strings of xs as a slice of the report's own,
// or nil when there are none. The slices of one report share blocks, each
// capped at its length, so that appending to one never writes into another.
func (sc *screener) strs(xs ...string) []string {
	n := 0
	for _, x := range xs {
		if x != "" {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if cap(sc.arena)-len(sc.arena) < n {
		sc.arena = make([]string, 0, max(n, 128))
	}
	start := len(sc.arena)
	for _, x := range xs {
		if x != "" {
			sc.arena = append(sc.arena, x)
		}
	}
	return sc.arena[start:len(sc.arena):len(sc.arena)]
}

// categoryCondition is what an exemption naming the organisation's category
// asks of it besides the exemption's own conditions.
func categoryCondition(c Category) string {
	switch c {
	case CategoryResponsePlanNGO:
		return "the organisation is bilaterally or multilaterally funded and takes part in the UN plan, appeal or cluster the activity belongs to"
	case CategoryImplementingPartner:
		return "the organisation acts as the employee, grantee, subsidiary or implementing partner of a covered organisation, in that capacity"
	case CategoryObserverHumanitarian:
		return "the organisation holds UN General Assembly observer status, or is a member of an organisation that does"
	}
	return ""
}

// gap returns the gap that applies, or nil.
func (sc *screener) gap(j Jurisdiction, r *Regime) *Gap {
	for k := range gaps {
		if gaps[k].covers(j, *r, *sc.s) {
			return &gaps[k]
		}
	}
	return nil
}

// notes gives the report's notes on the counterparts.
func (sc *screener) notes() []Note {
	var ns []Note
	anyListed := false
	for i := range sc.counterparts {
		e := sc.counterparts[i].Entity
		unOnly, us := false, false
		for _, rd := range sc.res.of(i) {
			switch {
			case !rd.d.Sanctions():
				continue
			case rd.regime != nil && isFTO(rd.regime) && sc.s.AnswersTo(JurisdictionUS):
				ns = append(ns, Note{Code: NoteMaterialSupport, Counterpart: e})
			}
			anyListed = true
			if rd.regime != nil && rd.regime.By == actor.DesignatorUNSecurityCouncil {
				unOnly = true
			}
			if rd.regime != nil && rd.regime.By == actor.DesignatorUnitedStates {
				us = true
			}
		}
		if unOnly && !us && sc.s.AnswersTo(JurisdictionUS) {
			ns = append(ns, Note{Code: NoteUSDesignation, Counterpart: e})
		}
	}
	if anyListed {
		ns = append([]Note{{Code: NoteContact}}, ns...)
	}
	return ns
}

// The tables, built once; never handed out (their functions return copies).
var (
	regimes    = regimeTable()
	exemptions = exemptionTable()
	gaps       = gapTable()
)

func lookupRegime(by actor.Designator, id string) *Regime {
	for k := range regimes {
		if regimes[k].By == by && equalFoldTrim(regimes[k].ID, id) {
			return &regimes[k]
		}
	}
	return nil
}

// regimeHint suggests the ID of by's regime nearest to the unknown id, or
// lists by's regimes when none is near (see check.Suggest); it is "" for a
// designator without regimes in the table.
func regimeHint(by actor.Designator, id string) string {
	var ids []string
	for k := range regimes {
		if regimes[k].By == by {
			ids = append(ids, regimes[k].ID)
		}
	}
	switch {
	case len(ids) == 0:
		return ""
	case check.Nearest(id, ids) != "":
		return check.Suggest(id, ids)
	}
	return ": one of " + check.List(ids)
}

func regimeForReference(ref string) *Regime {
	for k := range regimes {
		for _, p := range regimes[k].Prefixes {
			if len(ref) >= len(p) && ref[:len(p)] == p {
				return &regimes[k]
			}
		}
	}
	return nil
}

// ArmedActor returns the armed actor as a counterpart: the party terms name
// redline.EntityArmedActor, with the designations a records. Screening an
// agreement's draft is
//
//	sanctions.Screen(plan.Proposal(), []sanctions.Counterpart{sanctions.ArmedActor(group)}, standing, at)
//
// with the other counterparts its terms benefit (the host state, a
// supplier) added. The designations are copied: the counterpart shares
// nothing with a.
func ArmedActor(a actor.Actor) Counterpart {
	return Counterpart{Entity: redline.EntityArmedActor, Designations: slices.Clone(a.Designations)}
}
