package assessment

import (
	"sort"

	"github.com/humanitarian-negotiation/protection/actor"
	"github.com/humanitarian-negotiation/protection/internal/enum"
)

// ArgumentBasis is what an argument for restraint rests on. The zero value is
// invalid. A ArgumentBasis is a plain value, safe for concurrent use.
type ArgumentBasis uint8

// Argument bases, in the order Arguments reports them.
const (
	BasisUnspecified    ArgumentBasis = iota
	BasisLaw                          // IHL or human rights law, which the actor recognises
	BasisReligiousLaw                 // rules common to religious law and IHL (e.g. Sharia and IHL)
	BasisCustomaryNorms               // customary and local norms, voiced by community figures
	BasisCodeOfConduct                // the actor's own code of conduct or orders
	BasisHumanity                     // the principle of humanity, where IHL does not apply
	BasisReciprocity                  // humane treatment of its own detainees and wounded
	BasisLegitimacy                   // legitimacy and reputation
	BasisDelisting                    // leaving, or avoiding, the UN annexes on children and armed conflict
	BasisDiscipline                   // military efficacy and discipline
	BasisProsecution                  // the risk of prosecution
	BasisPopularSupport               // support of the population
	BasisLongTerm                     // long-term political aims
)

var argBases = enum.New[ArgumentBasis]("assessment", "argument basis",
	"law", "religious_law", "customary_norms", "code_of_conduct", "humanity", "reciprocity",
	"legitimacy", "delisting", "discipline", "prosecution", "popular_support", "long_term").
	WithLabels("the law", "religious law", "customary norms", "its own code of conduct", "the principle of humanity", "reciprocity", "legitimacy", "delisting", "military discipline", "risk of prosecution", "popular support", "long-term interests")

// IsValid reports whether b is a named basis.
func (b ArgumentBasis) IsValid() bool { return argBases.Valid(b) }

// String returns the wire word; it never panics.
func (b ArgumentBasis) String() string { return argBases.String(b) }

// Label returns the value in words, for people; String gives the wire word.
func (b ArgumentBasis) Label() string { return argBases.Label(b) }

// MarshalText encodes the basis as its wire word.
func (b ArgumentBasis) MarshalText() ([]byte, error) { return argBases.Marshal(b) }

// UnmarshalText decodes a wire word, ignoring case.
func (b *ArgumentBasis) UnmarshalText(t []byte) (err error) {
	*b, err = argBases.Unmarshal(t)
	return err
}

// ParseArgumentBasis parses a basis's wire word, ignoring case.
func ParseArgumentBasis(s string) (ArgumentBasis, error) { return argBases.Parse(s) }

// Argument is a suggested basis for persuading the actor, and why it fits.
// The zero value is not an argument (its basis is unspecified): only
// Arguments returns them. An Argument is a plain value, safe for concurrent
// use.
type Argument struct {
	Basis ArgumentBasis `json:"basis"`
	Why   string        `json:"why"`
}

// Arguments suggests, from what the actor recognises, how it is organised and
// what it wants, the bases for arguing for restraint — combining the law with
// the actor's own norms and interests, as the ICRC's Roots of Restraint and
// the report advise — in the order of the Basis constants.
func Arguments(a actor.Actor) []Argument {
	var out []Argument
	add := func(b ArgumentBasis, why string) { out = append(out, Argument{b, why}) }
	if a.Recognises(actor.NormIHL) || a.Recognises(actor.NormHumanRights) {
		why := "the actor recognises the law"
		if a.Command == actor.CommandCentralised {
			why += ", and law works best with centralised forces whose orders are followed"
		}
		add(BasisLaw, why)
	}
	if a.Recognises(actor.NormReligiousLaw) {
		add(BasisReligiousLaw, "the actor recognises religious law: argue from the rules it shares with IHL")
	}
	if a.Recognises(actor.NormCustomary) || a.CommunityEmbedded {
		add(BasisCustomaryNorms, "local norms and community figures restrain best in decentralised and community-embedded groups")
	}
	if a.Recognises(actor.NormCodeOfConduct) {
		add(BasisCodeOfConduct, "the actor has its own code of conduct: hold it to it")
	}
	if !a.PartyToConflict || a.Recognises(actor.NormHumanity) {
		why := "the principle of humanity"
		if !a.PartyToConflict {
			why += " is the basis where IHL does not apply"
		} else {
			why += ", which the actor recognises"
		}
		add(BasisHumanity, why)
	}
	wants := func(i actor.Interest) bool {
		for _, x := range a.Interests {
			if x == i {
				return true
			}
		}
		return false
	}
	if wants(actor.InterestReciprocity) {
		add(BasisReciprocity, "the actor wants its own detainees and wounded treated humanely")
	}
	if wants(actor.InterestLegitimacy) {
		add(BasisLegitimacy, "the actor seeks legitimacy and reputation")
	}
	if wants(actor.InterestDelisting) || a.Listed(actor.DesignationCAAC) {
		add(BasisDelisting, "an Action Plan is the path out of the UN annexes on children and armed conflict")
	}
	if wants(actor.InterestDiscipline) {
		add(BasisDiscipline, "restraint serves military efficacy and discipline")
	}
	if wants(actor.InterestProsecution) {
		add(BasisProsecution, "the actor's leaders fear prosecution")
	}
	if wants(actor.InterestPopularSupport) {
		add(BasisPopularSupport, "the actor depends on the population's support")
	}
	if wants(actor.InterestLongTerm) {
		add(BasisLongTerm, "restraint serves the actor's long-term aims")
	}
	return out
}

// Topic is a protection topic to raise with an armed actor. The zero value is
// invalid, and EntryPoints drops it. A Topic is a plain value, safe for
// concurrent use.
type Topic uint8

// Topics, roughly from the least to the most sensitive.
const (
	TopicUnspecified       Topic = iota
	TopicHealthCare              // respect for health care
	TopicAssistance              // humanitarian assistance and access
	TopicEvacuation              // evacuation of civilians
	TopicMines                   // mines and explosive ordnance
	TopicSchools                 // schools used militarily
	TopicReleaseOfChildren       // release of children from the ranks
	TopicDetentionAccess         // access to detainees
	TopicDetaineeTreatment       // treatment of detainees
	TopicCivilianHarm            // conduct of hostilities and civilian harm
	TopicSexualViolence          // sexual violence
	TopicChildRecruitment        // recruitment and use of children
)

var topics = enum.New[Topic]("assessment", "topic",
	"health_care", "assistance", "evacuation", "mines", "schools", "release_of_children",
	"detention_access", "detainee_treatment", "civilian_harm", "sexual_violence", "child_recruitment").
	WithLabels("health care", "humanitarian assistance", "evacuation", "mines", "schools", "release of children", "access to detention", "treatment of detainees", "civilian harm", "sexual violence", "child recruitment")

// IsValid reports whether t is a named topic.
func (t Topic) IsValid() bool { return topics.Valid(t) }

// String returns the wire word; it never panics.
func (t Topic) String() string { return topics.String(t) }

// Label returns the value in words, for people; String gives the wire word.
func (t Topic) Label() string { return topics.Label(t) }

// MarshalText encodes the topic as its wire word.
func (t Topic) MarshalText() ([]byte, error) { return topics.Marshal(t) }

// UnmarshalText decodes a wire word, ignoring case.
func (t *Topic) UnmarshalText(b []byte) (err error) { *t, err = topics.Unmarshal(b); return err }

// ParseTopic parses a topic's wire word, ignoring case.
func ParseTopic(s string) (Topic, error) { return topics.Parse(s) }

// EntryPoint is a topic in the order to raise it, with the reason. The zero
// value is not an entry point (its topic is unspecified): only EntryPoints
// returns them. An EntryPoint is a plain value, safe for concurrent use.
type EntryPoint struct {
	Topic       Topic  `json:"topic"`
	Sensitivity int    `json:"sensitivity"` // 1 (least) to 5 (most sensitive) for this actor
	Why         string `json:"why"`
}

// EntryPoints orders candidate topics from the least to the most sensitive
// for actor a, each with its reason: health care and assistance first (many
// armed groups agree with the rules on health care; assistance builds common
// ground for harder issues), release of children as a step towards a full
// Action Plan, access to detention before treatment of detainees, recruitment
// and sexual violence last. An actor that wants reciprocity finds detention
// less sensitive; one listed in the annexes for recruitment, or seeking
// delisting, finds release of children less sensitive. Ties keep the order of
// the Topic constants; invalid and repeated topics are dropped.
func EntryPoints(a actor.Actor, candidates []Topic) []EntryPoint {
	base := map[Topic]int{
		TopicHealthCare: 1, TopicAssistance: 1, TopicEvacuation: 2, TopicMines: 3, TopicSchools: 3,
		TopicReleaseOfChildren: 3, TopicDetentionAccess: 3, TopicDetaineeTreatment: 4,
		TopicCivilianHarm: 4, TopicSexualViolence: 5, TopicChildRecruitment: 5,
	}
	why := map[Topic]string{
		TopicHealthCare:        "many armed groups already agree with the rules protecting health care",
		TopicAssistance:        "assistance is a quick win that builds common ground for harder issues",
		TopicEvacuation:        "a concrete, time-bound arrangement both sides can see succeed",
		TopicMines:             "step by step: restriction, marking and clearance before a full ban",
		TopicSchools:           "vacating schools is a concrete action with visible benefit to the community",
		TopicReleaseOfChildren: "release of children is a step towards a full Action Plan",
		TopicDetentionAccess:   "access to detention opens the way to treatment of detainees",
		TopicDetaineeTreatment: "best raised once access to detention is established",
		TopicCivilianHarm:      "touches military conduct; build on earlier agreements",
		TopicSexualViolence:    "highly sensitive: denial is common; build trust first",
		TopicChildRecruitment:  "touches the actor's manpower; approach through release and age verification",
	}
	wants := func(i actor.Interest) bool {
		for _, x := range a.Interests {
			if x == i {
				return true
			}
		}
		return false
	}
	listedFor := func(v actor.Violation) bool {
		d, _ := a.CAAC()
		_, ok := d.Listing(v)
		return ok
	}
	seen := make(map[Topic]bool)
	var out []EntryPoint
	for _, t := range candidates {
		if !t.IsValid() || seen[t] {
			continue
		}
		seen[t] = true
		s, w := base[t], why[t]
		switch {
		case (t == TopicDetentionAccess || t == TopicDetaineeTreatment) && wants(actor.InterestReciprocity):
			s--
			w += "; the actor wants its own detainees treated humanely"
		case (t == TopicReleaseOfChildren || t == TopicChildRecruitment) && (listedFor(actor.ViolationRecruitmentUse) || wants(actor.InterestDelisting)):
			s--
			w += "; the actor has an interest in delisting"
		}
		out = append(out, EntryPoint{Topic: t, Sensitivity: s, Why: w})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Sensitivity != out[j].Sensitivity {
			return out[i].Sensitivity < out[j].Sensitivity
		}
		return out[i].Topic < out[j].Topic
	})
	return out
}
