"""What two laptops of one council can break while apart, found after every merge and listed for the desk that decides.

A person on two teams, stock lent below zero, one person registered twice, the daily limit passed, a need's status moved two ways."""
