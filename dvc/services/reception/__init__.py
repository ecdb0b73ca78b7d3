"""受付: registering volunteers and groups, imports of pre-registrations, intake sheets, daily check-in and check-out.
The scan field, the roster and the day's list read from here."""
