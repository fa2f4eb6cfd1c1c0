package rules

// usStatesA: US jurisdictions added in rules version 2 (see us_a_test.go).
var usStatesA = []Rule{}
