// Package sanctions screens what a proposed agreement would give to a
// designated party against the sanctions that list it and the humanitarian
// exemptions that apply to the organisation.
package sanctions
