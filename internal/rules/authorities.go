package rules

import "github.com/breachwf/breach/internal/authorities"

// AuthorityName returns the name of the authority for a directory code
// (a jurisdiction, or a subdivision such as DE-BY), or "" when the
// directory has none. The names come from the one authorities directory
// (internal/authorities), which also addresses the notice and the form.
func AuthorityName(code string) string { return authorities.Name(code) }
