package rules

// usStatesD: US jurisdictions added in rules version 2 (see us_d_test.go).
var usStatesD = []Rule{}
