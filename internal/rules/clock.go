package rules

import (
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/us"
)

// due computes a deadline. Hours run continuously from the trigger instant
// (Reg. 1182/71 Art. 3(3): no weekend or holiday roll-over); calendar days
// end at the end of the last day in the organisation's time zone; business
// days skip the trigger day, weekends and the jurisdiction's holidays.
func due(start time.Time, period int, unit Unit, calendar string, loc *time.Location) *time.Time {
	switch unit {
	case Hours:
		d := start.Add(time.Duration(period) * time.Hour).UTC()
		return &d
	case CalendarDays:
		l := start.In(loc)
		return endOfDay(time.Date(l.Year(), l.Month(), l.Day(), 12, 0, 0, 0, loc).AddDate(0, 0, period), loc)
	case BusinessDays:
		l := start.In(loc)
		day := time.Date(l.Year(), l.Month(), l.Day(), 12, 0, 0, 0, loc)
		return endOfDay(businessCalendar(calendar).WorkdaysFrom(day, period), loc)
	}
	return nil
}

func endOfDay(t time.Time, loc *time.Location) *time.Time {
	l := t.In(loc)
	d := time.Date(l.Year(), l.Month(), l.Day(), 23, 59, 59, 0, loc).UTC()
	return &d
}

// zumbi is Brazil's Dia Nacional de Zumbi e da Consciência Negra, a national
// holiday since 2024 (Law 14.759/2023).
var zumbi = &cal.Holiday{Name: "Dia Nacional de Zumbi e da Consciência Negra", Type: cal.ObservancePublic,
	Month: time.November, Day: 20, StartYear: 2024, Func: cal.CalcDayOfMonth}

// Vermont's legal holidays that are not US federal ones (1 V.S.A. §371(a)):
// Town Meeting Day, the first Tuesday in March, and Bennington Battle Day,
// August 16 (observed on the Friday before or the Monday after when it falls
// on a weekend, as state offices observe it, §371(b)).
var (
	fixVTTownMeetingDay = &cal.Holiday{Name: "Town Meeting Day", Type: cal.ObservancePublic,
		Month: time.March, Weekday: time.Tuesday, Offset: 1, Func: cal.CalcWeekdayOffset}
	fixVTBenningtonBattleDay = &cal.Holiday{Name: "Bennington Battle Day", Type: cal.ObservancePublic,
		Month: time.August, Day: 16, Func: cal.CalcDayOfMonth, Observed: fixVTWeekendAlt}
	fixVTWeekendAlt = []cal.AltDay{{Day: time.Saturday, Offset: -1}, {Day: time.Sunday, Offset: 1}}
)

// businessCalendar returns a fresh calendar (calendars cache lookups and
// are not safe to share between goroutines).
func businessCalendar(name string) *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	switch name {
	case "BR":
		// National holidays in law; Carnival and Corpus Christi are optional
		// days ("pontos facultativos"), so they do not extend a deadline.
		c.AddHoliday(br.AnoNovo, br.SextaFeiraSanta, br.Tiradentes, br.Trabalhador, br.Independencia,
			br.NossaSenhoraAparecida, br.Finados, br.Republica, zumbi, br.Natal)
	case "US":
		c.AddHoliday(us.Holidays...)
	case "US-VT":
		// 1 V.S.A. §371(a): the federal holidays without Juneteenth (not a
		// Vermont legal holiday), with Town Meeting Day and Bennington Battle
		// Day; Columbus Day's date is Indigenous Peoples' Day.
		c.AddHoliday(us.NewYear, us.MlkDay, us.PresidentsDay, fixVTTownMeetingDay, us.MemorialDay, us.IndependenceDay,
			fixVTBenningtonBattleDay, us.LaborDay, us.ColumbusDay, us.VeteransDay, us.ThanksgivingDay, us.ChristmasDay)
	}
	return c
}

// rollOver moves a deadline on a weekend or US federal holiday to the end
// of the next business day.
func rollOver(d time.Time, loc *time.Location) time.Time {
	c := businessCalendar("US")
	l := d.In(loc)
	if c.IsWorkday(l) {
		return d
	}
	return *endOfDay(c.WorkdaysFrom(l, 1), loc)
}
