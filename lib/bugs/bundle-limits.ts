// Gentoo's Bugzilla: "Attachments cannot be more than 1000 KB."
export const BUGZILLA_ATTACHMENT_LIMIT = 1000 * 1024;
