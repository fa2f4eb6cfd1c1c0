package workflows

import (
	"fmt"

	"github.com/breachwf/breach/internal/breach"
)

// Size limits of the Update inputs. Arguments past Temporal's 2 MB per
// payload fail the workflow task over and over instead of refusing the
// Update, and meanwhile the incident answers no query; arguments under it
// but past the field limits are accepted into history and fail later (a
// 1.5 MB summary makes every notice draft a 3 MB activity result).
//
// Both sides must check, because neither can alone. Every validator
// calls CheckSize first: a rejected Update's arguments never reach history. But
// the SDK sends a rejected request back to the server inside its Rejection
// message, so a validator can refuse only what is under 2 MB; from 2 MB to
// the frontend's 4 MB gRPC limit only the client can refuse, before
// sending. So incidents.Client (which the CLI and the Slack app use) calls
// it too, and the forms before that for a message at the field
// (e2e/limits_test.go shows each range). Field names in the messages
// are the JSON names of the inputs.
//
// When the approver's signature (a Proof field) is added to these inputs,
// each of its fields must be checked here too: a signature is as much
// free input as a comment, and a forged 3 MB one would fail the workflow
// task the same way.

// CheckSize checks the input of the named Update (UpdateTriage, ...) against
// the size limits and returns one line naming each field past its limit,
// e.g. "facts: summary: 3145728 characters, at most 20000". The input may
// be the value or a pointer to it. An Update without limits defined here
// is an error, so that a new Update cannot go unchecked.
func CheckSize(update string, in any) error {
	var c checker
	var ok bool
	switch update {
	case UpdateTriage:
		c, ok = as[TriageInput](in)
	case UpdateApprove:
		c, ok = as[ApproveInput](in)
	case UpdateRequestChanges:
		c, ok = as[RequestChangesInput](in)
	case UpdateWaive:
		c, ok = as[WaiveInput](in)
	case UpdateFiled:
		c, ok = as[FiledInput](in)
	case UpdateAddFacts:
		c, ok = as[AddFactsInput](in)
	case UpdateClose:
		c, ok = as[CloseInput](in)
	case UpdateScope:
		c, ok = as[ScopeInput](in)
	case UpdateRefused:
		c, ok = as[RefusalInput](in)
	case UpdateReassess:
		c, ok = as[ReassessInput](in)
	case UpdateEdit:
		c, ok = as[EditInput](in)
	default:
		return fmt.Errorf("%s: no size limits are defined for this update", update)
	}
	if !ok {
		return fmt.Errorf("%s: size check of a %T, not of this update's input", update, in)
	}
	if err := checkProof(proofOf(in)); err != nil {
		return err
	}
	return c.checkSize()
}

type checker interface{ checkSize() error }

func as[T checker](in any) (checker, bool) {
	switch v := in.(type) {
	case T:
		return v, true
	case *T:
		if v != nil {
			return *v, true
		}
	}
	return nil, false
}

// CheckSize checks an incident's start input: the client calls it before
// starting the workflow (the server refuses a start input over 2 MB, but
// with a message that names no field).
func (in IncidentInput) CheckSize() error {
	var c breach.SizeChecks
	c.Len("id", in.ID, breach.MaxName)
	c.Len("title", in.Title, breach.MaxTitle)
	c.Len("declared_by", in.DeclaredBy, breach.MaxName)
	c.Len("commander", in.Commander, breach.MaxName)
	if in.Facts != nil {
		c.Add(in.Facts.CheckSize())
	}
	return c.Err()
}

func (in TriageInput) checkSize() error {
	var c breach.SizeChecks
	c.Add(in.Facts.CheckSize())
	c.Len("rationale", in.Rationale, breach.MaxReason)
	c.Len("by", in.By, breach.MaxName)
	return c.Err()
}

func (in ApproveInput) checkSize() error {
	var c breach.SizeChecks
	c.List("notice_ids", in.NoticeIDs, breach.MaxListItems, breach.MaxName)
	c.Len("by", in.By, breach.MaxName)
	c.Len("delay_reason", in.DelayReason, breach.MaxReason)
	return c.Err()
}

func (in RequestChangesInput) checkSize() error {
	var c breach.SizeChecks
	c.Len("notice_id", in.NoticeID, breach.MaxName)
	c.Len("by", in.By, breach.MaxName)
	c.Len("comment", in.Comment, breach.MaxReason)
	return c.Err()
}

func (in WaiveInput) checkSize() error {
	var c breach.SizeChecks
	c.Len("obligation_id", in.ObligationID, breach.MaxName)
	c.Len("reason", in.Reason, breach.MaxReason)
	c.Len("by", in.By, breach.MaxName)
	return c.Err()
}

func (in FiledInput) checkSize() error {
	var c breach.SizeChecks
	c.Len("obligation_id", in.ObligationID, breach.MaxName)
	c.Len("reference", in.Reference, breach.MaxName)
	c.Len("by", in.By, breach.MaxName)
	return c.Err()
}

func (in AddFactsInput) checkSize() error {
	var c breach.SizeChecks
	c.Add(in.Facts.CheckSize())
	c.Len("by", in.By, breach.MaxName)
	c.Len("note", in.Note, breach.MaxReason)
	return c.Err()
}

func (in CloseInput) checkSize() error {
	var c breach.SizeChecks
	c.Len("by", in.By, breach.MaxName)
	c.Len("reason", in.Reason, breach.MaxReason)
	return c.Err()
}

func (in ScopeInput) checkSize() error {
	var c breach.SizeChecks
	// The workflow sets incident_id itself, but a client can send one, and
	// it is in the arguments all the same.
	c.Len("incident_id", in.IncidentID, breach.MaxName)
	c.Len("path", in.Path, breach.MaxReason)
	c.Len("upload", in.Upload, breach.MaxName)
	c.Len("format", in.Format, breach.MaxItem)
	c.Len("controller_id", in.ControllerID, breach.MaxName)
	c.Len("by", in.By, breach.MaxName)
	return c.Err()
}
