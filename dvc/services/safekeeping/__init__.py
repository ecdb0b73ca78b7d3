"""Keeping the data safe: backups and restore, the audit trail's reader, purging personal data, encrypted exports.
Below the desks: any desk may call it; it calls no desk."""
