package rules

// usStatesC: US jurisdictions added in rules version 2 (see us_c_test.go).
var usStatesC = []Rule{}
