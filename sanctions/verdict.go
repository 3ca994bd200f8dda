package sanctions

import "github.com/humanitarian-negotiation/protection/internal/enum"

// Verdict is the answer of a screening for one finding, one term or the
// whole proposal, from the mildest to the gravest: the term moves nothing;
// the party it benefits is listed nowhere; the listing binds under a law the
// organisation does not answer to; an exemption covers the transfer; the
// screening cannot tell (something it needs is not stated); the transfer is
// outside every exemption and needs a legal review at headquarters; the
// transfer is prohibited. The zero value is invalid. A Verdict is a plain
// value, safe for concurrent use.
type Verdict uint8

// Verdicts, mildest first.
const (
	VerdictUnspecified   Verdict = iota
	VerdictNoTransfer            // the term moves no funds, goods or services to anyone listed
	VerdictNoDesignation         // the party it benefits is screened and listed nowhere
	VerdictNotBinding            // listed only under a law the organisation does not answer to
	VerdictExempted              // a humanitarian exemption covers it, on conditions
	VerdictIndeterminate         // something the screening needs is not stated
	VerdictLegalReview           // outside every exemption, or a question of law: legal review at headquarters
	VerdictProhibited            // prohibited: no exemption covers it
)

var verdicts = enum.New[Verdict]("sanctions", "verdict",
	"no_transfer", "no_designation", "not_binding", "exempted", "indeterminate", "legal_review", "prohibited").
	WithLabels("no transfer", "no designation", "not binding on the organisation", "exempted",
		"indeterminate", "legal review at headquarters", "prohibited")

// IsValid reports whether v is a named verdict.
func (v Verdict) IsValid() bool { return verdicts.Valid(v) }

// String returns the wire word; it never panics.
func (v Verdict) String() string { return verdicts.String(v) }

// Label returns the value in words, for people; String gives the wire word.
func (v Verdict) Label() string { return verdicts.Label(v) }

// MarshalText encodes the verdict as its wire word.
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.Marshal(v) }

// UnmarshalText decodes a wire word, ignoring case.
func (v *Verdict) UnmarshalText(b []byte) (err error) { *v, err = verdicts.Unmarshal(b); return err }

// ParseVerdict parses a verdict's wire word, ignoring case.
func ParseVerdict(s string) (Verdict, error) { return verdicts.Parse(s) }

// Transfer is what a term moves to, or from, the party it concerns: nothing;
// a payment; goods or services in kind (an escort's keep, assistance whose
// distribution the party controls); funds received from the party; or
// information. The zero value means the screening could not tell (a kind of
// term the library does not know). A Transfer is a plain value, safe for
// concurrent use.
type Transfer uint8

// Transfers.
const (
	TransferUnknown     Transfer = iota
	TransferNone                 // nothing moves: dialogue, commitments, access
	TransferPayment              // funds paid to the party
	TransferInKind               // goods or services made available to, or controlled by, the party
	TransferReceipt              // funds received from the party
	TransferInformation          // information given to the party
)

var transfers = enum.New[Transfer]("sanctions", "transfer", "none", "payment", "in_kind", "receipt", "information").
	WithLabels("nothing", "a payment", "goods or services in kind", "funds received from the party", "information")

// IsValid reports whether t is a named transfer.
func (t Transfer) IsValid() bool { return transfers.Valid(t) }

// String returns the wire word; it never panics.
func (t Transfer) String() string { return transfers.String(t) }

// Label returns the value in words, for people; String gives the wire word.
func (t Transfer) Label() string { return transfers.Label(t) }

// MarshalText encodes the transfer as its wire word.
func (t Transfer) MarshalText() ([]byte, error) { return transfers.Marshal(t) }

// UnmarshalText decodes a wire word, ignoring case.
func (t *Transfer) UnmarshalText(b []byte) (err error) { *t, err = transfers.Unmarshal(b); return err }

// ParseTransfer parses a transfer's wire word, ignoring case.
func ParseTransfer(s string) (Transfer, error) { return transfers.Parse(s) }

// Question is the question of law a finding answers: whether an asset
// freeze reaches the transfer, whether it is material support to a US
// Foreign Terrorist Organization (a crime under 18 U.S.C. § 2339B, which
// no licence of OFAC's settles), or what another state's national law
// says. The zero value is no question: the term moves nothing, or the
// screening could not tell. A Question is a plain value, safe for concurrent
// use.
type Question uint8

// Questions.
const (
	QuestionNone            Question = iota
	QuestionAssetFreeze              // does an asset freeze reach the transfer, and does an exemption cover it
	QuestionMaterialSupport          // is it material support to a US Foreign Terrorist Organization
	QuestionNationalLaw              // what another state's counter-terrorism law says
)

var questions = enum.New[Question]("sanctions", "question", "asset_freeze", "material_support", "national_law").
	WithLabels("asset freeze", "material support to a Foreign Terrorist Organization", "national law")

// IsValid reports whether q is a named question.
func (q Question) IsValid() bool { return questions.Valid(q) }

// String returns the wire word; it never panics.
func (q Question) String() string { return questions.String(q) }

// Label returns the value in words, for people; String gives the wire word.
func (q Question) Label() string { return questions.Label(q) }

// MarshalText encodes the question as its wire word.
func (q Question) MarshalText() ([]byte, error) { return questions.Marshal(q) }

// UnmarshalText decodes a wire word, ignoring case.
func (q *Question) UnmarshalText(b []byte) (err error) { *q, err = questions.Unmarshal(b); return err }

// ParseQuestion parses a question's wire word, ignoring case.
func ParseQuestion(s string) (Question, error) { return questions.Parse(s) }

// Code says why a finding has its verdict; Finding.String turns it into
// words with the finding's values. The zero value is invalid. A Code is a
// plain value, safe for concurrent use.
type Code uint8

// Codes, by the verdict they go with.
const (
	CodeUnspecified Code = iota

	CodeContact       // no transfer: the term moves nothing; contact is not what an asset freeze prohibits
	CodeNotToParty    // no transfer: nothing reaches a party (no payee, or the organisation itself)
	CodeInformation   // no transfer: information is not funds or economic resources
	CodeNotDesignated // no designation: the party is screened and listed nowhere
	CodeCAACOnly      // no designation: listed only in the CAAC annexes, which freeze nothing
	CodeNotBinding    // not binding: listed under a law the organisation does not answer to
	CodeExempted      // exempted: an exemption in force covers the organisation and the purpose

	CodeUnknownKind   // indeterminate: a kind of term the library does not know
	CodeNoBeneficiary // indeterminate: the term does not say who receives
	CodeUnscreened    // indeterminate: nothing was said about the party's listings
	CodeNoPurpose     // indeterminate: the payment's purpose is not stated

	CodeOutsideOrg      // legal review: the exemptions in force do not cover the organisation
	CodeOutsidePurpose  // legal review: the exemptions in force do not cover the purpose
	CodeFundsFromParty  // legal review: funds received from a listed party
	CodeGap             // legal review: an exemption the table does not hold may apply
	CodeLapsed          // legal review: the exemption ended, and what followed is unverified
	CodeNationalLaw     // legal review: listed under another state's law
	CodeMaterialSupport // legal review: material support to a US Foreign Terrorist Organization is a crime whatever the licence

	CodeNoExemption // prohibited: no exemption was in force on the day
	CodeRansom      // prohibited: no exemption covers a ransom
)

var codes = enum.New[Code]("sanctions", "code",
	"contact", "not_to_party", "information", "not_designated", "caac_only", "not_binding", "exempted",
	"unknown_kind", "no_beneficiary", "unscreened", "no_purpose",
	"outside_organisation", "outside_purpose", "funds_from_party", "gap", "lapsed", "national_law", "material_support",
	"no_exemption", "ransom").
	WithLabels("contact only", "nothing reaches a party", "information only", "not designated", "listed only in the CAAC annexes", "not binding",
		"exempted", "unknown kind of term", "no one stated", "listings not given", "purpose not stated",
		"organisation outside the exemptions", "purpose outside the exemptions", "funds from a listed party", "an exemption outside the table",
		"exemption lapsed", "another state's law", "material support", "no exemption in force", "ransom")

// IsValid reports whether c is a named code.
func (c Code) IsValid() bool { return codes.Valid(c) }

// String returns the wire word; it never panics.
func (c Code) String() string { return codes.String(c) }

// Label returns the value in words, for people; String gives the wire word.
func (c Code) Label() string { return codes.Label(c) }

// MarshalText encodes the code as its wire word.
func (c Code) MarshalText() ([]byte, error) { return codes.Marshal(c) }

// UnmarshalText decodes a wire word, ignoring case.
func (c *Code) UnmarshalText(b []byte) (err error) { *c, err = codes.Unmarshal(b); return err }

// ParseCode parses a code's wire word, ignoring case.
func ParseCode(s string) (Code, error) { return codes.Parse(s) }
