package rules

// usStatesB: US jurisdictions added in rules version 2 (see us_b_test.go).
var usStatesB = []Rule{}
