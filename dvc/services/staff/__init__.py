"""Staff at the desks: who is signed in, their role and PIN, and the screen lock's setting.
Used by every desk that records who did what."""
