// Generated from the API's OpenAPI document by web/scripts/generate-api-schema.mjs (run by `npm run build`).
// Do not edit by hand: change the API's DTOs and rebuild.

export interface paths {
    "/api/v1/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up actions with their owner, meeting and partners (by owner, status, overdue, due date, partner), overdue first */
        get: operations["listActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an action (mark done or dropped, reassign, move the due date) */
        patch: operations["updateAction"];
        trace?: never;
    };
    "/api/v1/admin/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every queue: job counts by state, paused or not, and its recurring job schedulers */
        get: operations["listQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/{queue}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs of one queue in one state (default failed), newest first; never their payloads */
        get: operations["listQueueJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/{queue}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Discard a failed job and its error */
        delete: operations["discardQueueJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/{queue}/jobs/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job again, with a fresh attempt budget (a failed mail send reopens its outbox mail first; audited) */
        post: operations["retryQueueJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reminder-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest daily reminder runs: when, digests and items, and failures */
        get: operations["listReminderRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Filter agreements, e.g. due for review or expiring (keyset-paginated) */
        get: operations["listAgreements"];
        put?: never;
        /** Record an agreement or standing commitment */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an agreement with its computed expiry and due dates (ETag = version) */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an agreement (not its status; optimistic concurrency via If-Match) */
        patch: operations["updateAgreement"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement's audit trail (changes, status changes, documents), newest first */
        get: operations["getAgreementAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/document-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a link to a document kept elsewhere */
        post: operations["addAgreementDocumentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files and links attached to an agreement */
        get: operations["listAgreementDocuments"];
        put?: never;
        /** Upload a file (raw body; size- and type-limited, content checked) */
        post: operations["uploadAgreementDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a file or link for good (the audit trail keeps its name and checksum) */
        delete: operations["deleteAgreementDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file, as an attachment */
        get: operations["downloadAgreementDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status along the allowed transitions (renew with new dates) */
        post: operations["changeAgreementStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-reports/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's frozen quarters aggregated */
        get: operations["getAnnualReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Installation settings the staff app shows things by (time zone) */
        get: operations["getAppSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose the first password with an invitation link (the link is spent) */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whose invitation a link is, if it is still valid */
        post: operations["inspectInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out this login: its refresh tokens are revoked and its access tokens refused from now on */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (the current one is required); your other sessions end, this one carries on */
        post: operations["changeMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forgotten password: mails a reset link if an active account has this email. The answer is the same either way */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-resets/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with a reset link (the link is spent; every session of the account ends) */
        post: operations["completePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-resets/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whose password reset link this is, if it is still valid */
        post: operations["inspectPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new token pair (the old one is spent) */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in to the staff app (sets the refresh cookie) */
        post: operations["startSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of the staff app: the session ends (its access tokens are refused from now on) and the cookie is cleared */
        post: operations["endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access token for the cookie's session (the cookie is rotated); called on load and before expiry */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create (or rotate) your personal calendar feed URL */
        post: operations["rotateCalendarFeed"];
        /** Revoke your calendar feed URL */
        delete: operations["revokeCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a contact (ETag = version) */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a contact (optimistic concurrency via If-Match) */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/contacts/{id}/affiliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations the person has been at, newest first */
        get: operations["getContactAffiliations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a contact */
        post: operations["archiveContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact's audit trail, newest first */
        get: operations["getContactAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact's consents (communications by channel): current state and every event */
        get: operations["getContactConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the person moved to another organisation */
        post: operations["moveContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/portal-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a contact to the partner portal (mails them a sign-in link) */
        post: operations["inviteContactToPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived contact */
        post: operations["restoreContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person: pseudonymise them everywhere, suppress their address, audit it by keyed hash only */
        post: operations["erasePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/erasures/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What erasing a person would change, per table: the erasure run and rolled back, so the counts are the erasure's own */
        post: operations["previewErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/subject-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a person, found by email, table by table with ids (JSON, or a readable HTML summary) */
        get: operations["getSubjectAccessReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/suppression-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The size of the suppression list (erased people, by keyed hash only) */
        get: operations["getSuppressionList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dialogue/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners overdue (or due soon) for dialogue, per owner or for the team */
        get: operations["listOverdueDialogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dialogue/snoozed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners whose dialogue reminders are snoozed, the soonest to resume first */
        get: operations["listSnoozedDialogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dialogue/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue and due-soon counts per relationship owner */
        get: operations["getDialogueSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage and activity figures for a period (calendar days, inclusive) */
        get: operations["getFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing mail in one state (default failed), newest first; never the bodies */
        get: operations["listOutboxMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/outbox/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed mail again (same Message-ID, a fresh retry period); audited */
        post: operations["resendOutboxMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test mail to yourself through the outbox */
        post: operations["sendTestMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/reminder-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often you get reminder digests */
        get: operations["getMyReminderPreferences"];
        /** Choose daily or weekly reminder digests, or pause them */
        put: operations["putMyReminderPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What needs me today: my partners overdue or due for dialogue, my open actions, my agreements coming up
         * @description Admins also get the number of signatures waiting for review.
         */
        get: operations["getMyWork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meeting logs, newest first (filter by partner, staff, dates) */
        get: operations["listMeetings"];
        put?: never;
        /** Log a meeting (updates each partner's last-dialogue date) */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a meeting log */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        /** Delete a meeting log (If-Match); dialogue dates are recomputed */
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /** Edit a meeting log (If-Match) */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a follow-up action to a meeting */
        post: operations["addMeetingAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports, newest first */
        get: operations["listPartnerImports"];
        put?: never;
        /** Upload a partner CSV: checked, stored, then mapped and dry-run by a job */
        post: operations["uploadPartnerImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: status, progress and rows per outcome (ETag = version) */
        get: operations["getPartnerImport"];
        put?: never;
        post?: never;
        /** Cancel and delete an import that has not been committed */
        delete: operations["deletePartnerImport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commit the dry run you reviewed (If-Match: its version); a job writes the rows */
        post: operations["commitPartnerImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file's columns with samples and suggested fields, the mapping in use, and saved mappings for this header */
        get: operations["getPartnerImportMapping"];
        /** Map the file's columns (and coded values) to partner fields, optionally saving the mapping by name; the dry run (re)starts */
        put: operations["mapPartnerImport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/mapping/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A column's different values with suggested codes, and the codes to choose from */
        get: operations["getPartnerImportValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/problem-rows.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rows to fix (refused, skipped, and duplicates not written) as CSV in the file's own columns, plus import_problem */
        get: operations["downloadPartnerImportProblemRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The per-row report: outcome, errors by column, duplicates, changes */
        get: operations["listPartnerImportRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner lists a partner can belong to */
        get: operations["listPartnerLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and filter partners (keyset-paginated) */
        get: operations["listPartners"];
        put?: never;
        /** Create a partner (409 with candidates if it looks like a duplicate) */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a partner (ETag = version) */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a partner (optimistic concurrency via If-Match) */
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/api/v1/partners/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a partner (hidden from lists, kept for history) */
        post: operations["archivePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner's audit trail, newest first */
        get: operations["getPartnerAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's commitment register: its agreements by kind and its pledges */
        get: operations["getCommitmentRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's consents (public listing): current state and every event */
        get: operations["getPartnerConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/dialogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cadence, last and next dialogue, due date and snooze of a partner */
        get: operations["getPartnerDialogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/dialogue/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Snooze dialogue reminders for a partner until a date, with a reason */
        post: operations["snoozePartnerDialogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/dialogue/unsnooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a partner's snooze now */
        post: operations["unsnoozePartnerDialogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into this partner (its contacts and links move here) */
        post: operations["mergePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived partner */
        post: operations["restorePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's meetings, actions, contacts, agreements and record changes, newest first, in words with who did them */
        get: operations["getPartnerTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people at a partner organisation (primary first) */
        get: operations["listPartnerContacts"];
        put?: never;
        /** Add a contact to a partner organisation */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/bulk/add-tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a tag to the selected partners */
        post: operations["bulkTagPartners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/bulk/add-to-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the selected partners to a partner list */
        post: operations["bulkAddPartnersToList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/bulk/assign-owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the selected partners an owner (or none) */
        post: operations["bulkAssignPartnerOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/bulk/remove-from-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove the selected partners from a partner list */
        post: operations["bulkRemovePartnersFromList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many partners match the list filters */
        get: operations["countPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the filtered partner list as CSV (streamed; takes the list filters and sort)
         * @description Columns: id, name, legal_name, alternative_names, kind, area, address, postcode, website, company_number, charity_number, description, priority_areas, themes, tags, status, owner_email, dialogue_cadence_days, lists, external_ref, as the import takes them. Cells a spreadsheet would run as a formula are prefixed with a single quote: those starting with a tab, CR or LF, or with =, +, -, @ (or their full-width forms) after any run of spaces (NBSP and other Unicode spaces included), line breaks, `;` or `,`.
         */
        get: operations["exportPartnersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan activities, by target date, with their latest progress */
        get: operations["listPlanActivities"];
        put?: never;
        /** Add an activity to the implementation plan */
        post: operations["createPlanActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity (ETag = version) */
        get: operations["getPlanActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an activity (If-Match required); audited */
        patch: operations["updatePlanActivity"];
        trace?: never;
    };
    "/api/v1/plan/activities/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress updates of an activity, latest first, withdrawn ones included */
        get: operations["listPlanProgress"];
        put?: never;
        /** Report progress (dated today or earlier) with a RAG rating and evidence links; the latest report sets the status */
        post: operations["addPlanProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/activities/{id}/progress/{updateId}/correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a wrong progress update: it is withdrawn and this one takes its place; the status follows the latest that stands; audited */
        post: operations["correctPlanProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/activities/{id}/progress/{updateId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a wrong progress update (kept, struck through); the status follows the latest that stands; audited */
        post: operations["withdrawPlanProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/case-studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case studies, newest first (at most 500), optionally only those of one activity or partner */
        get: operations["listCaseStudies"];
        put?: never;
        /** Write a case study linked to activities and partners */
        post: operations["createCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan/case-studies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case study */
        get: operations["getCaseStudy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a case study: its title, story, or the activities and partners it is linked to */
        patch: operations["updateCaseStudy"];
        trace?: never;
    };
    "/api/v1/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pledges with their text versions and commitments */
        get: operations["listPledges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pledges/{slug}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signature counts per text version and per area */
        get: operations["getPledgeCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pledges/{slug}/texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a new text version (existing signatures keep theirs) */
        post: operations["publishPledgeText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims of organisations that wait for staff (address not on the website domain nor a contact's), oldest first */
        get: operations["listPortalClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a claim: the claimant becomes a portal user of the organisation and is mailed a sign-in link */
        post: operations["approvePortalClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a claim; the reason is mailed to the claimant */
        post: operations["rejectPortalClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Listing changes proposed in the portal (oldest first; pending unless told) */
        get: operations["listPortalProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One proposed listing change */
        get: operations["getPortalProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a proposal, as proposed or as edited: the partner record changes (audited, naming the proposer) and the next publication shows it */
        post: operations["approvePortalProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal; the reason is mailed to the proposer */
        post: operations["rejectPortalProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Publication history, newest first */
        get: operations["listPublications"];
        put?: never;
        /** Publish the partner list and signatories now (no new version if nothing changed) */
        post: operations["publishPartnerList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications/{version}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a version added, changed (field by field) and removed against the one before */
        get: operations["getPublicationChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications/{version}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a version added, changed and removed compared with the one before */
        get: operations["getPublicationDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publications/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What publishing now would add, change and remove against the live version, field by field */
        get: operations["previewPublication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quarterly-updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Frozen quarters, latest first */
        get: operations["listQuarterlyUpdates"];
        put?: never;
        /** Freeze an ended quarter (or, with `early` and a reason, one still running): an immutable snapshot of every activity as it stood at the quarter's end and the quarter's figures */
        post: operations["freezeQuarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quarterly-updates/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A frozen quarter */
        get: operations["getQuarterlyUpdate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quarterly-updates/{quarter}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exactly what freezing the quarter now would record; nothing is written */
        get: operations["previewQuarter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quarterly-updates/{quarter}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a frozen quarter on the public endpoints */
        post: operations["publishQuarterlyUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quarterly-updates/{quarter}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable report of a frozen quarter (HTML with SVG charts) */
        get: operations["getQuarterlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-data/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the entries of a reference list */
        get: operations["listReferenceEntries"];
        put?: never;
        /** Add an entry to a reference list */
        post: operations["createReferenceEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-data/{category}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, reorder, retire or restore a reference entry */
        patch: operations["updateReferenceEntry"];
        trace?: never;
    };
    "/api/v1/reference-data/{category}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a whole reference list in a new order (every code, once each) */
        put: operations["reorderReferenceEntries"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-data/{category}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many records use each entry of a reference list (retired entries too) */
        get: operations["getReferenceUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved partner-list views, then those colleagues share */
        get: operations["listSavedViews"];
        put?: never;
        /** Save a view of the partner list (filters, sort, columns) */
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of my saved views */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        /** Change one of my saved views (rename, refilter, share…) */
        patch: operations["updateSavedView"];
        trace?: never;
    };
    "/api/v1/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signatures, oldest first (status=verified: awaiting approval); keyset-paginated */
        get: operations["listSignatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signatures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A signature with its evidence, and partner candidates for an organisation */
        get: operations["getSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signatures/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: link to a partner or create one, and add it to the pledge's partner list */
        post: operations["approveSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signatures/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signature's consents (signing, listing or name display): current state and every event */
        get: operations["getSignatureConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signatures/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a verified signature, with a reason */
        post: operations["rejectSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signatures/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an approved signature (it leaves the public list until approved again) */
        post: operations["suspendSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signatures/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a signature for its signer (who asked staff), with a reason: as the signer's own link would, it leaves the public list and an individual's personal fields are erased */
        post: operations["withdrawSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active staff by name (who can own partners and actions) */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team lead's view: everyone's overdue and due dialogue and actions */
        get: operations["getTeamWork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff users */
        get: operations["listUsers"];
        put?: never;
        /** Create a staff user with a password (for scripts; sends an "account created" mail). People are invited instead */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a staff user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name or role, or (de)activate them */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation again (the earlier link stops working) */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reminder-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a staff member's reminder digest frequency */
        put: operations["putUserReminderPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a person: the user is created without a password and mailed a single-use link to choose one */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{token}/feed.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A staff user's iCalendar feed (meetings, action due dates) */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database and the queue backend answer */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest published partner list, whole or one page of 50 (gzip/br negotiated; ETag, Last-Modified, 304)
         * @description Without `page`: the whole list, `{ version, publishedAt, count, partners }`. With `page=N`: page N of 50 partners, `{ version, publishedAt, page, pages, pageSize, total, partners }`, with a `Link` header (first, prev, next, last). Each page is stored pre-serialised when the version is published and has its own strong ETag per encoding. A client walking the pages restarts if `version` changes between pages.
         */
        get: operations["getPublishedPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/partners.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest published partner list as CSV */
        get: operations["getPublishedPartnersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/partners/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries added, changed and removed since a version, for incremental sync */
        get: operations["getPublishedPartnerChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/partners/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A past published version (immutable), as JSON or with format=csv as its CSV */
        get: operations["getPublishedPartnersVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/pledges/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current text of a pledge, its version and hash, and the choices a signer has */
        get: operations["getPublicPledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/pledges/{slug}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a pledge: a confirmation link is emailed; the answer is the same whether or not the address signed before */
        post: operations["signPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/quarterly-updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published quarterly updates, latest first */
        get: operations["listPublicQuarterlyUpdates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/quarterly-updates/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published quarterly update (only published quarters exist here) */
        get: operations["getPublicQuarterlyUpdate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/quarterly-updates/{quarter}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable report of a published quarter */
        get: operations["getPublicQuarterlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/signatories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per pledge, the count of approved signatories and those who may be shown: organisations (active partners that consent to be listed) and individuals who agreed to show their name (gzip/br negotiated; ETag, Last-Modified, 304) */
        get: operations["getPublishedSignatories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/signatures/name-display/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An individual stops showing their name and keeps the endorsement (token from the withdrawal link) */
        post: operations["withdrawNameDisplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActionListItem: {
            /** Format: date-time */
            closedAt: string | null;
            description: string;
            /** Format: date */
            dueDate: string | null;
            /** Format: uuid */
            id: string;
            meeting: components["schemas"]["ActionMeetingRef"];
            /** Format: uuid */
            meetingId: string;
            /** @description Open and due before today (in TIME_ZONE). */
            overdue: boolean;
            /** @description The owner (staff user), or null when unassigned. */
            owner: components["schemas"]["NamedRef"] | null;
            /** Format: uuid */
            ownerId: string | null;
            /** @description The partners of the meeting, by name. */
            partners: components["schemas"]["NamedRef"][];
            /** @enum {string} */
            status: "open" | "done" | "dropped";
        };
        ActionMeetingRef: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            title: string;
        };
        ActionPage: {
            /** @description Overdue first, then by due date (undated last), then id. */
            items: components["schemas"]["ActionListItem"][];
            nextCursor: string | null;
        };
        ActionResponse: {
            /** Format: date-time */
            closedAt: string | null;
            description: string;
            /** Format: date */
            dueDate: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            meetingId: string;
            /** Format: uuid */
            ownerId: string | null;
            /** @enum {string} */
            status: "open" | "done" | "dropped";
        };
        ActivityList: {
            items: components["schemas"]["ActivityResponse"][];
        };
        ActivityResponse: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            /** @description The latest progress update that stands (not withdrawn). */
            latestProgress: components["schemas"]["ProgressUpdateResponse"] | null;
            leadPartners: components["schemas"]["PartnerName"][];
            outcomes: components["schemas"]["ReferenceValue"][];
            owner: components["schemas"]["OwnerValue"] | null;
            partners: components["schemas"]["PartnerName"][];
            /** @enum {string} */
            priority: "current" | "planned" | "longer-term";
            priorityAreas: components["schemas"]["ReferenceValue"][];
            promises: components["schemas"]["ReferenceValue"][];
            /** @enum {string} */
            status: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
            /** Format: date */
            targetDate: string | null;
            theme: components["schemas"]["ReferenceValue"];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ActivitySnapshot: {
            /** Format: uuid */
            id: string;
            latestProgress: components["schemas"]["ProgressSnapshot"] | null;
            leadPartners: string[];
            owner: string | null;
            /** @enum {string} */
            priority: "current" | "planned" | "longer-term";
            /** @enum {string} */
            status: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
            /** Format: date */
            targetDate: string | null;
            theme: string;
            title: string;
        };
        AddDocumentLinkDto: {
            /** @example Signed covenant (SharePoint) */
            title: string;
            /** @example https://sharepoint.example.org/sites/partnerships/covenant.pdf */
            url: string;
        };
        AffiliationResponse: {
            /** Format: date-time */
            endedAt: string | null;
            jobTitle: string | null;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** Format: date-time */
            startedAt: string;
        };
        AgreementDocumentResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @description Files: where to download it. */
            downloadPath: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            mediaType: string | null;
            /** @description Files: the sanitised file name. Links: the title. */
            name: string;
            /** @description Hex SHA-256 of the file. */
            sha256: string | null;
            sizeBytes: number | null;
            /** Format: uuid */
            uploadedBy: string | null;
            /** @description Links: where the document is. */
            url: string | null;
        };
        AgreementPage: {
            items: components["schemas"]["AgreementSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        AgreementResponse: {
            /** @description Statuses it may move to from `status`. */
            allowedTransitions: ("draft" | "active" | "under-review" | "expired" | "terminated")[];
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /**
             * @description `expired` once an agreement in force is past its end date.
             * @enum {string}
             */
            effectiveStatus: "draft" | "active" | "under-review" | "expired" | "terminated";
            /** Format: date */
            endDate: string | null;
            expired: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ReferenceValue"];
            /**
             * Format: date
             * @description endDate minus renewalNoticeDays.
             */
            nextRenewalNoticeDate: string | null;
            owner: components["schemas"]["OwnerValue"] | null;
            parties: components["schemas"]["PartyValue"][];
            priorityAreas: components["schemas"]["ReferenceValue"][];
            /** @description In force and the renewal notice date has been reached. */
            renewalDue: boolean;
            renewalNoticeDays: number | null;
            /** Format: date */
            reviewDate: string | null;
            /** @description In force and the review date has been reached. */
            reviewDue: boolean;
            /** Format: date */
            startDate: string | null;
            /**
             * @description As recorded; see effectiveStatus.
             * @enum {string}
             */
            status: "draft" | "active" | "under-review" | "expired" | "terminated";
            themes: components["schemas"]["ReferenceValue"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send as If-Match (or use the ETag header) when updating. */
            version: number;
        };
        AgreementSummary: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description `expired` once an agreement in force is past its end date.
             * @enum {string}
             */
            effectiveStatus: "draft" | "active" | "under-review" | "expired" | "terminated";
            /** Format: date */
            endDate: string | null;
            expired: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ReferenceValue"];
            /**
             * Format: date
             * @description endDate minus renewalNoticeDays.
             */
            nextRenewalNoticeDate: string | null;
            owner: components["schemas"]["OwnerValue"] | null;
            parties: components["schemas"]["PartyName"][];
            /** @description In force and the renewal notice date has been reached. */
            renewalDue: boolean;
            /** Format: date */
            reviewDate: string | null;
            /** @description In force and the review date has been reached. */
            reviewDue: boolean;
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "draft" | "active" | "under-review" | "expired" | "terminated";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AnnualReportResponse: {
            /** @description Each activity as the latest of those quarters froze it. */
            activities: components["schemas"]["ActivitySnapshot"][];
            meetingsHeld: number;
            /** @description Sums over the quarters. */
            newPartners: number;
            newSignatories: number;
            /** @description Live partners at the end of the latest quarter. */
            partners: number;
            quarterFigures: components["schemas"]["QuarterFigures"][];
            /** @description The frozen quarters it aggregates. */
            quarters: string[];
            ragSummary: {
                [key: string]: number;
            };
            year: number;
        };
        ApproveProposalDto: {
            /** @description Staff's edit of the proposed values (approve as edited); absent: as proposed. */
            edited?: components["schemas"]["ListingFieldsDto"];
        };
        ApproveSignatureDto: {
            /** @description With createPartner: create it even though possible duplicates exist. */
            confirmNotDuplicate?: boolean;
            /** @description Create a partner from the signature (409 with candidates if it looks like one that exists). */
            createPartner?: boolean;
            /**
             * Format: uuid
             * @description The existing partner this organisation is.
             */
            partnerId?: string;
        };
        AppSettingsResponse: {
            /**
             * @description The institution's IANA time zone: the app shows dates and times in it.
             * @example Europe/London
             */
            timeZone: string;
        };
        AreaCounts: {
            approved: number;
            /** @description Null: no area given. */
            area: components["schemas"]["ReferenceValue"] | null;
            /**
             * @description Current status of each signature: submitted (awaiting email confirmation), verified (awaiting approval), approved, rejected, suspended, withdrawn.
             * @example {
             *       "submitted": 1,
             *       "verified": 2,
             *       "approved": 10,
             *       "rejected": 0,
             *       "suspended": 0,
             *       "withdrawn": 1
             *     }
             */
            current: {
                [key: string]: number;
            };
            submitted: number;
            verified: number;
            withdrawn: number;
        };
        AreaEngagement: {
            area: string;
            /** @description Meetings held with partners of the area in the period. */
            meetings: number;
            /** @description Distinct partners of the area met in the period. */
            partnersEngaged: number;
        };
        AuditEntryResponse: {
            action: string;
            /**
             * Format: uuid
             * @description Staff user; null = the system.
             */
            actorId: string | null;
            /** @description The staff user's display name (null = the system; not filled in subject-access exports). */
            actorName: string | null;
            /** @description Changed fields with their values before and after. */
            changes: {
                [key: string]: {
                    after?: unknown;
                    before?: unknown;
                };
            };
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            reason: string | null;
        };
        BulkAssignOwnerDto: {
            /**
             * Format: uuid
             * @description An active staff user; null: no owner.
             */
            ownerId: string | null;
            partnerIds: string[];
            /** @description Why (kept in the audit trail). */
            reason?: string;
        };
        BulkListDto: {
            /** @description Partner list code. */
            list: string;
            partnerIds: string[];
            /** @description Why (kept in the audit trail). */
            reason?: string;
        };
        BulkPartnersResult: {
            /** @description Partners changed (and audited), in the order given. */
            changed: string[];
            /** @description Partners already as asked: left alone. */
            unchanged: string[];
        };
        BulkTagDto: {
            partnerIds: string[];
            /** @description Why (kept in the audit trail). */
            reason?: string;
            /** @example volunteering */
            tag: string;
        };
        CalendarFeedResponse: {
            /** @description Subscribe to this URL in a calendar app. Shown once; rotating replaces it. */
            url: string;
        };
        CaseStudyResponse: {
            /** @description Activities, by id and title (as name). */
            activities: components["schemas"]["PartnerName"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            partners: components["schemas"]["PartnerName"][];
            story: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ChangeAgreementStatusDto: {
            /**
             * Format: date
             * @description Required to renew an expired agreement.
             */
            endDate?: string | null;
            /** @description Why (kept in the audit trail). */
            reason?: string;
            /** Format: date */
            reviewDate?: string | null;
            /**
             * Format: date
             * @description New dates, e.g. when renewing.
             */
            startDate?: string | null;
            /** @enum {string} */
            to: "draft" | "active" | "under-review" | "expired" | "terminated";
        };
        ChangedEntryDoc: {
            fields: components["schemas"]["FieldChangeDoc"][];
            /** Format: uuid */
            id: string;
            name: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 12 characters, not one of the common passwords. */
            newPassword: string;
        };
        ClaimResponse: {
            /** Format: date-time */
            createdAt: string;
            /** @description Whether the address is on the website domain. */
            domainMatches: boolean;
            email: string;
            /** @description What the claimant said about their role. */
            evidence: string | null;
            /** Format: uuid */
            id: string;
            /** @description The claimant's name as given. */
            name: string | null;
            organisation: string;
            /** Format: uuid */
            partnerId: string;
            /** @enum {string} */
            status: "active" | "pending" | "rejected";
            /** @description The organisation's website domain, for comparing with the address. */
            websiteDomain: string | null;
        };
        CommitmentAgreement: {
            /**
             * @description `expired` once an agreement in force is past its end date.
             * @enum {string}
             */
            effectiveStatus: "draft" | "active" | "under-review" | "expired" | "terminated";
            /** Format: date */
            endDate: string | null;
            expired: boolean;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description endDate minus renewalNoticeDays.
             */
            nextRenewalNoticeDate: string | null;
            /** @description The other parties to it. */
            otherParties: components["schemas"]["PartyName"][];
            /** @description In force and the renewal notice date has been reached. */
            renewalDue: boolean;
            renewalNoticeDays: number | null;
            /** Format: date */
            reviewDate: string | null;
            /** @description In force and the review date has been reached. */
            reviewDue: boolean;
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "draft" | "active" | "under-review" | "expired" | "terminated";
            title: string;
        };
        CommitmentGroup: {
            agreements: components["schemas"]["CommitmentAgreement"][];
            /** @description An agreement-kind. */
            kind: components["schemas"]["ReferenceValue"];
        };
        CommitmentRegister: {
            /** @description Agreements it is a party to, grouped by kind in reference-data order. */
            agreements: components["schemas"]["CommitmentGroup"][];
            /**
             * Format: date
             * @description The day the computed fields are reckoned for.
             */
            asOf: string;
            partner: components["schemas"]["PartyName"];
            /** @description Pledges it signed (verified, approved or suspended; withdrawn ones with includeEnded), newest first. */
            pledges: components["schemas"]["PledgeCommitment"][];
        };
        CommitPartnerImportDto: {
            /** @description Per-row decisions; rows without one follow `duplicates`. */
            decisions?: components["schemas"]["ImportRowDecisionDto"][];
            /**
             * @description Rows that look like existing partners or earlier rows: skip them (default), or create them anyway.
             * @default skip
             * @enum {string}
             */
            duplicates: "skip" | "create";
        };
        CommunicationPreferencesDto: {
            email?: boolean;
            events?: boolean;
            newsletter?: boolean;
            phone?: boolean;
            post?: boolean;
        };
        ConsentEventResponse: {
            /** @enum {string} */
            action: "given" | "withdrawn";
            /**
             * Format: uuid
             * @description Staff user who recorded it, or approved what the form recorded.
             */
            actorId: string | null;
            /** @description Ids and codes (e.g. the signature that carried it). */
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            purpose: string;
            /** @enum {string} */
            source: "form" | "staff" | "system" | "migration";
            /** @description Version of the wording shown (form label version, or pledge text version and hash). */
            wordingVersion: string | null;
        };
        ConsentRecordResponse: {
            current: components["schemas"]["ConsentStateResponse"][];
            events: components["schemas"]["ConsentEventResponse"][];
            /** Format: uuid */
            subjectId: string;
            /** @enum {string} */
            subjectType: "partner" | "contact" | "signature";
        };
        ConsentStateResponse: {
            /** Format: uuid */
            actorId: string | null;
            /** @description Whether the consent stands now (the latest event gave it). */
            given: boolean;
            /** @example public-listing */
            purpose: string;
            /**
             * Format: date-time
             * @description When the latest event happened.
             */
            since: string;
            /** @enum {string} */
            source: "form" | "staff" | "system" | "migration";
            wordingVersion: string | null;
        };
        ContactResponse: {
            /** Format: date-time */
            archivedAt: string | null;
            communicationPreferences: components["schemas"]["CommunicationPreferencesDto"];
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            /**
             * Format: date-time
             * @description When the person was erased (name replaced, contact details removed).
             */
            erasedAt: string | null;
            fullName: string;
            /** Format: uuid */
            id: string;
            isPrimary: boolean;
            jobTitle: string | null;
            /** @enum {string} */
            lawfulBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
            /** Format: uuid */
            partnerId: string | null;
            phone: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CorrectProgressUpdateDto: {
            /** @description http(s) links to evidence. */
            evidenceLinks?: string[];
            /** @description Why the original is wrong, for the timeline and the audit trail. */
            reason: string;
            /**
             * Format: date
             * @description The day the progress refers to: today or earlier.
             */
            reportedOn: string;
            /**
             * @description The RAG rating now; it becomes the activity status.
             * @enum {string}
             */
            status: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
            summary: string;
        };
        CountRow: {
            count: number;
            /** @description What is counted, e.g. an area code, or `area/kind`. */
            key: string;
        };
        CreateActionDto: {
            /** @example Send the draft MoU */
            description: string;
            /**
             * Format: date
             * @example 2026-12-15
             */
            dueDate?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description Staff user responsible.
             */
            ownerId?: Record<string, never> | null;
        };
        CreateActivityDto: {
            description?: string | null;
            /** @description Partner ids leading it. */
            leadPartners?: string[];
            /** @description Codes from reference data `city-outcome`. */
            outcomes?: string[];
            /**
             * Format: uuid
             * @description The staff member responsible.
             */
            ownerId?: string | null;
            /** @description Other partner ids taking part. */
            partners?: string[];
            /**
             * @default current
             * @enum {string}
             */
            priority: "current" | "planned" | "longer-term";
            /** @description Codes from reference data `priority-area`. */
            priorityAreas?: string[];
            /** @description Codes from reference data `promise`. */
            promises?: string[];
            /**
             * @description Set later by progress updates.
             * @default not-started
             * @enum {string}
             */
            status: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
            /** Format: date */
            targetDate?: string | null;
            /**
             * @description Code from reference data `theme`.
             * @example knowledge-and-impact
             */
            theme: string;
            /** @example Open the civic data observatory */
            title: string;
        };
        CreateAgreementDto: {
            description?: string | null;
            /**
             * Format: date
             * @description Last day it runs (inclusive).
             */
            endDate?: string | null;
            /**
             * @description Code from reference data `agreement-kind`.
             * @example standing-commitment
             */
            kind: string;
            /**
             * Format: uuid
             * @description The staff user responsible for it.
             */
            ownerId?: string | null;
            /** @description Partner ids: one or more. */
            parties: string[];
            /**
             * @description Codes from `priority-area`.
             * @example [
             *       "employment-and-skills"
             *     ]
             */
            priorityAreas?: string[];
            /** @description Notice to give before the end date. */
            renewalNoticeDays?: number | null;
            /** Format: date */
            reviewDate?: string | null;
            /**
             * Format: date
             * @example 2024-04-01
             */
            startDate?: string | null;
            /**
             * @default draft
             * @enum {string}
             */
            status: "draft" | "active";
            /**
             * @description Codes from `theme`.
             * @example [
             *       "people-and-skills"
             *     ]
             */
            themes?: string[];
            /** @example Armed Forces Covenant */
            title: string;
        };
        CreateCaseStudyDto: {
            activities?: string[];
            partners?: string[];
            story: string;
            title: string;
        };
        CreateContactDto: {
            communicationPreferences?: components["schemas"]["CommunicationPreferencesDto"];
            /** @example alex.morgan@example.org */
            email?: string | null;
            /** @example Alex Morgan */
            fullName: string;
            /** @description Making a contact primary demotes the organisation's current primary contact. */
            isPrimary?: boolean;
            jobTitle?: string | null;
            /**
             * @default legitimate-interests
             * @enum {string}
             */
            lawfulBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
            /** @example +44 151 000 0000 */
            phone?: string | null;
        };
        CreateMeetingDto: {
            /** @description Follow-up actions (create only). */
            actions?: components["schemas"]["CreateActionDto"][];
            /** @description Partner contacts who attended. */
            contactIds?: string[];
            /** @enum {string} */
            kind: "meeting" | "call" | "visit" | "event" | "email-exchange";
            notes?: Record<string, never> | null;
            /**
             * Format: date-time
             * @description When it happened (or is scheduled). Without an offset (2026-11-20T10:00) it is that time in TIME_ZONE.
             * @example 2026-11-20T10:00:00Z
             */
            occurredAt: string;
            outcomes?: Record<string, never> | null;
            /** @description Partners the dialogue was with (at least one). */
            partnerIds: string[];
            /** @description priority-area codes */
            priorityAreas?: string[];
            /** @description Staff attendees. */
            staffIds?: string[];
            /** @description theme codes */
            themes?: string[];
            /** @example Quarterly catch-up */
            title: string;
        };
        CreatePartnerDto: {
            address?: string | null;
            /**
             * @description Other names the organisation is known by (former, trading, abbreviations); search finds them like the name.
             * @example [
             *       "LWH",
             *       "Liverpool Maternity Hospital"
             *     ]
             */
            alternativeNames?: string[];
            /**
             * @description Code from reference data `area`.
             * @example liverpool
             */
            area: string;
            /** @example 1234567 */
            charityNumber?: string | null;
            /** @example 01234567 */
            companyNumber?: string | null;
            /** @description Create even though likely duplicates exist (after a 409). */
            confirmNotDuplicate?: boolean;
            description?: string | null;
            dialogueCadenceDays?: Record<string, never> | null;
            /** @description Identifier in another system (CSV imports match on it). */
            externalRef?: string | null;
            /**
             * @description Code from reference data `organisation-kind`.
             * @example charity
             */
            kind: string;
            legalName?: string | null;
            /**
             * @description Partner list codes.
             * @example [
             *       "strategy-partners"
             *     ]
             */
            lists?: string[];
            /** @example Liverpool Food Bank */
            name: string;
            /**
             * Format: uuid
             * @description Relationship owner (a staff user).
             */
            ownerId?: Record<string, never> | null;
            /** @example L3 5TQ */
            postcode?: string | null;
            /**
             * @description Codes from `priority-area`.
             * @example [
             *       "employment-and-skills"
             *     ]
             */
            priorityAreas?: string[];
            publicListing?: components["schemas"]["PublicListingDto"];
            /**
             * @default prospect
             * @enum {string}
             */
            status: "prospect" | "active" | "paused" | "ended";
            /**
             * @example [
             *       "food",
             *       "volunteering"
             *     ]
             */
            tags?: string[];
            /**
             * @description Codes from `theme`.
             * @example [
             *       "people-and-skills"
             *     ]
             */
            themes?: string[];
            /** @example https://www.example.org */
            website?: string | null;
        };
        CreateProgressUpdateDto: {
            /** @description http(s) links to evidence. */
            evidenceLinks?: string[];
            /**
             * Format: date
             * @description The day the progress refers to: today or earlier.
             */
            reportedOn: string;
            /**
             * @description The RAG rating now; it becomes the activity status.
             * @enum {string}
             */
            status: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
            summary: string;
        };
        CreateReferenceEntryDto: {
            /**
             * @description Stable code: lower-case words joined by hyphens.
             * @example wirral-waters
             */
            code: string;
            /** @example Wirral Waters */
            label: string;
            sortOrder?: number;
        };
        CreateSavedViewDto: {
            /** @description The columns shown, in order (name always among them). */
            columns: ("name" | "kind" | "area" | "status" | "owner" | "lists" | "tags" | "priorityAreas" | "themes" | "createdAt" | "updatedAt")[];
            /** @description The list filters; none: every partner. */
            filters?: components["schemas"]["SavedViewFilters"];
            name: string;
            /**
             * @description Offer the view to the whole team (only its owner changes it).
             * @default false
             */
            shared: boolean;
            /**
             * @default name
             * @enum {string}
             */
            sort: "relevance" | "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
        };
        CreateUserDto: {
            /** @example Sam Officer */
            displayName: string;
            /** @example sam.officer@example.org */
            email: string;
            /** @description Initial password, told to the user out of band (for scripts; people are invited instead). Not one of the common passwords. */
            password: string;
            /**
             * @example officer
             * @enum {string}
             */
            role: "admin" | "officer" | "viewer";
        };
        DependencyStatus: {
            detail?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        DialogueStatusResponse: {
            cadenceDays: number;
            /**
             * @description Where the cadence comes from.
             * @enum {string}
             */
            cadenceSource: "partner" | "list" | "kind" | "default";
            /** Format: date-time */
            dueAt: string | null;
            /** Format: date-time */
            lastDialogueAt: string | null;
            /**
             * Format: date-time
             * @description Next scheduled meeting.
             */
            nextScheduledAt: string | null;
            /** @description Whole days past due (0 when not overdue). */
            overdueDays: number;
            /** Format: uuid */
            partnerId: string;
            /** Format: date */
            snoozedUntil: string | null;
            snoozeReason: string | null;
        };
        DuplicateCandidateDoc: {
            /** Format: uuid */
            id: string;
            matchedOn: ("name" | "website" | "companyNumber" | "charityNumber")[];
            name: string;
        };
        ErasureDto: {
            /**
             * @description The person to erase, by email.
             * @example alex.morgan@example.org
             */
            email: string;
            /**
             * @description Why (kept in the audit trail; any mention of the person in it is cut out).
             * @example Erasure request received 3 March by post
             */
            reason: string;
        };
        ErasurePreviewDto: {
            /**
             * @description The person whose erasure to preview, by email.
             * @example alex.morgan@example.org
             */
            email: string;
        };
        ErasurePreviewResponse: {
            /** @description Rows (or queue entries) the erasure would change per table, counted by the erasure itself (then rolled back). */
            counts: {
                [key: string]: number;
            };
            /** @description Keyed hash (HMAC-SHA256) of the email, as the erasure would record it. */
            subjectHash: string;
        };
        ErasureResponse: {
            /** @description Rows (or queue entries) changed per table; `suppression_entries` is 1 when the person was newly suppressed. */
            counts: {
                [key: string]: number;
            };
            /** Format: date-time */
            erasedAt: string;
            /** @description Rows that still mention the person after erasure (e.g. an organisation named after them), for a person to review. */
            remainingMentions: components["schemas"]["MentionResponse"][];
            /** @description Keyed hash (HMAC-SHA256) of the email: what the suppression list and the redacted records keep. */
            subjectHash: string;
        };
        FieldChangeDoc: {
            after: string | null;
            /** @description As published (pactPartner: "true" or "false"); null = not shown. */
            before: string | null;
            /** @enum {string} */
            field: "name" | "website" | "description" | "area" | "kind" | "pactPartner";
        };
        FieldProblemDoc: {
            /** @example email */
            field: string;
            /**
             * @example [
             *       "email must be an email"
             *     ]
             */
            messages: string[];
        };
        FreezeQuarterDto: {
            /**
             * @description Freeze a quarter that has not ended yet (needs `earlyReason`).
             * @default false
             */
            early: boolean;
            /** @description Why the quarter is frozen before it ends; the report shows it. */
            earlyReason?: string;
            /**
             * @description The quarter to freeze (calendar quarters).
             * @example 2026-Q3
             */
            quarter: string;
            /**
             * @description Name the staff who own activities in the public report.
             * @default false
             */
            showStaffNames: boolean;
        };
        ImportColumnValues: {
            column: string;
            /** @enum {string} */
            field: "kind" | "area" | "status" | "lists" | "priority_areas" | "themes";
            /** @description The codes to choose from. */
            options: components["schemas"]["ImportValueOption"][];
            /** @description The column's different values (at most 500), most used first. */
            values: components["schemas"]["ImportFileValue"][];
        };
        ImportFieldOption: {
            /** @description Whether its values are codes from a list (value mapping applies). */
            coded: boolean;
            /** @enum {string} */
            field: "id" | "name" | "legal_name" | "alternative_names" | "kind" | "area" | "address" | "postcode" | "website" | "company_number" | "charity_number" | "description" | "priority_areas" | "themes" | "tags" | "status" | "owner_email" | "dialogue_cadence_days" | "lists" | "external_ref";
            required: boolean;
        };
        ImportFileColumn: {
            /** @description The column as the file names it. */
            column: string;
            /**
             * @description The field it is mapped to now; null: not imported or not mapped yet.
             * @enum {string|null}
             */
            mapped: "id" | "name" | "legal_name" | "alternative_names" | "kind" | "area" | "address" | "postcode" | "website" | "company_number" | "charity_number" | "description" | "priority_areas" | "themes" | "tags" | "status" | "owner_email" | "dialogue_cadence_days" | "lists" | "external_ref" | null;
            /** @description Up to five different values from the first rows. */
            samples: string[];
            /**
             * @description The field it most likely holds (header, then values).
             * @enum {string|null}
             */
            suggested: "id" | "name" | "legal_name" | "alternative_names" | "kind" | "area" | "address" | "postcode" | "website" | "company_number" | "charity_number" | "description" | "priority_areas" | "themes" | "tags" | "status" | "owner_email" | "dialogue_cadence_days" | "lists" | "external_ref" | null;
        };
        ImportFileValue: {
            /** @description Rows holding it. */
            rows: number;
            /** @description The code it matches (code, label or a common synonym); null: choose one. */
            suggested: string | null;
            /** @description As written in the file (trimmed). */
            value: string;
        };
        ImportOutcomeCounts: {
            create: number;
            duplicate: number;
            error: number;
            /** @description Rows folded into an earlier row with the same external_ref. */
            merged: number;
            pending: number;
            unchanged: number;
            update: number;
        };
        ImportProgress: {
            /**
             * @description What is running; null when nothing is.
             * @enum {string|null}
             */
            phase: "dry-run" | "commit" | null;
            /** @description Rows the running phase has finished (or the last phase finished). */
            processed: number;
            total: number;
        };
        ImportResultCounts: {
            created: number;
            merged: number;
            skipped: number;
            unchanged: number;
            updated: number;
        };
        ImportRowDecisionDto: {
            /**
             * @description skip; create (a new partner despite the match); update (the matched partner with the row); fill (only the matched partner's empty fields). update and fill apply to rows reported as duplicates of a live partner.
             * @enum {string}
             */
            action: "skip" | "create" | "update" | "fill";
            /**
             * Format: uuid
             * @description For update and fill: which matched partner (default: the first).
             */
            partnerId?: string | null;
            /** @description The row, as the report numbers it. */
            rowNumber: number;
        };
        ImportRowDuplicates: {
            /** @description Live partners this row looks like. */
            partners: components["schemas"]["DuplicateCandidateDoc"][];
            /** @description Earlier rows of this file it looks like. */
            rows: number[];
        };
        ImportRowProblemDoc: {
            /**
             * @description The CSV column; null for the row as a whole.
             * @example kind
             */
            column: string | null;
            /**
             * @example [
             *       "kind: unknown code charityy."
             *     ]
             */
            messages: string[];
        };
        ImportValueOption: {
            code: string;
            label: string;
        };
        InviteUserDto: {
            /** @example Sam Officer */
            displayName: string;
            /** @example sam.officer@example.org */
            email: string;
            /**
             * @example officer
             * @enum {string}
             */
            role: "admin" | "officer" | "viewer";
        };
        JobSchedulerSummary: {
            /** @example 0 * * * * */
            cron?: string;
            /** @description Milliseconds between runs, for interval schedules. */
            everyMs?: number;
            /** @example publishing-publish-hourly */
            id: string;
            /** @description Runs produced so far. */
            iterations: number;
            /** @example publishing.publish */
            job: string;
            /**
             * Format: date-time
             * @description When the next run is due.
             */
            nextRunAt: string | null;
            /** @example Europe/London */
            tz?: string;
        };
        ListingFieldsDto: {
            /** @description Code from reference data `area`. */
            area?: string;
            description?: string | null;
            name?: string;
            /** @description Fields shown publicly. */
            publicFields?: ("name" | "website" | "description" | "area" | "kind")[];
            website?: string | null;
        };
        LivenessResponse: {
            /** @enum {string} */
            status: "alive";
        };
        LoginDto: {
            /** @example admin@example.org */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        MapPartnerImportDto: {
            /**
             * @description File column → partner field; null (or left out): not imported. name, kind and area must be mapped.
             * @example {
             *       "Organisation Name": "name",
             *       "Type": "kind",
             *       "Local Authority": "area",
             *       "Notes": null
             *     }
             */
            columns: {
                [key: string]: "id" | "name" | "legal_name" | "alternative_names" | "kind" | "area" | "address" | "postcode" | "website" | "company_number" | "charity_number" | "description" | "priority_areas" | "themes" | "tags" | "status" | "owner_email" | "dialogue_cadence_days" | "lists" | "external_ref" | null;
            };
            /** @description Save this mapping by name, offered again for files with the same header. */
            saveAs?: string;
            /**
             * @description For kind, area, status, lists, priority_areas, themes: file value (trimmed) → code. Values not given are matched automatically (code, label, common synonyms) where that is sure; the rest are checked as written.
             * @example {
             *       "kind": {
             *         "Registered Charity": "charity"
             *       },
             *       "area": {
             *         "St. Helens": "st-helens"
             *       }
             *     }
             */
            values?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        MeetingPage: {
            items: components["schemas"]["MeetingResponse"][];
            nextCursor: string | null;
        };
        MeetingResponse: {
            actions: components["schemas"]["ActionResponse"][];
            contacts: components["schemas"]["NamedRef"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "meeting" | "call" | "visit" | "event" | "email-exchange";
            notes: string | null;
            /** Format: date-time */
            occurredAt: string;
            outcomes: string | null;
            partners: components["schemas"]["NamedRef"][];
            priorityAreas: components["schemas"]["ReferenceValue"][];
            staff: components["schemas"]["NamedRef"][];
            themes: components["schemas"]["ReferenceValue"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        MentionResponse: {
            columns: string[];
            /** @description The row id (null for a table without one). */
            id: string | null;
            table: string;
        };
        MeResponse: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "officer" | "viewer";
        };
        MergePartnersDto: {
            /**
             * Format: uuid
             * @description The duplicate record; it is archived and points at the survivor.
             */
            duplicateId: string;
            reason?: string;
        };
        MonthCount: {
            count: number;
            /**
             * @description A calendar month in the institution's time zone (YYYY-MM).
             * @example 2026-07
             */
            month: string;
        };
        MoveContactDto: {
            /** @description Their job title at the new organisation. */
            jobTitle?: string;
            /**
             * Format: uuid
             * @description The organisation the person has moved to.
             */
            partnerId: string;
            reason?: string;
        };
        MyWorkResponse: {
            actions: components["schemas"]["WorkActions"];
            /** @description Soonest date first. */
            agreements: components["schemas"]["WorkAgreementItem"][];
            agreementsWithinDays: number;
            dialogue: components["schemas"]["WorkDialogue"];
            dueWithinDays: number;
            /** @description Admins: signatures confirmed by email, waiting for review; null for others. */
            signaturesAwaitingReview: number | null;
            /**
             * Format: date
             * @description Today in the institution's time zone.
             */
            today: string;
        };
        NameDisplayWithdrawnResponse: {
            /** @description false when the name was not shown already, so nothing changed. */
            changed: boolean;
            message: string;
            /** @description Always false now: the name is no longer shown from the next publication of the list. */
            nameShown: boolean;
            pledgeSlug: string;
            pledgeTitle: string;
        };
        NamedRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        OutboxMailPage: {
            items: components["schemas"]["OutboxMailResponse"][];
            nextCursor: string | null;
            /** @description Mails in this state now. */
            total: number;
        };
        OutboxMailResponse: {
            /** @description Sending attempts so far. */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The kind of mail (its template).
             * @example signature-verification
             */
            kind: string;
            /** @description The last error (the recipient address is masked). */
            lastError: string | null;
            /** @description The Message-ID header, the same on every attempt. */
            messageId: string;
            /** @example someone@example.org */
            recipient: string;
            /**
             * Format: date-time
             * @description When transient failures stop being retried.
             */
            retryUntil: string | null;
            state: components["schemas"]["OutboxStatus"];
            subject: string;
        };
        /** @enum {string} */
        OutboxStatus: "pending" | "sending" | "sent" | "failed" | "cancelled";
        OverdueItem: {
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            lastDialogueAt: string | null;
            /** Format: date-time */
            nextScheduledAt: string | null;
            /** @description Whole days past due; negative = due in that many days. */
            overdueDays: number;
            /** Format: uuid */
            ownerId: string | null;
            ownerName: string | null;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
        };
        OverduePage: {
            items: components["schemas"]["OverdueItem"][];
            nextCursor: string | null;
        };
        OwnerDialogueSummary: {
            dueSoon: number;
            overdue: number;
            /** Format: uuid */
            ownerId: string | null;
            ownerName: string | null;
        };
        OwnerOverdue: {
            overdue: number;
            /** Format: uuid */
            ownerId: string | null;
            ownerName: string | null;
        };
        OwnerValue: {
            displayName: string;
            /** Format: uuid */
            id: string;
        };
        PartnerCount: {
            /** @description How many partners match the filters. */
            count: number;
        };
        PartnerImportMappingView: {
            columns: components["schemas"]["ImportFileColumn"][];
            /** @description The cell separator found: , ; tab or |. */
            delimiter: string;
            /** @enum {string} */
            encoding: "utf-8" | "windows-1252";
            /** @description Every partner field a column can feed; required: name, kind, area. */
            fields: components["schemas"]["ImportFieldOption"][];
            /** @description Saved mappings made for a file with this header, newest first. */
            saved: components["schemas"]["SavedImportMappingView"][];
            /** @description The value mapping in use. */
            values: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        PartnerImportPage: {
            items: components["schemas"]["PartnerImportSummary"][];
            nextCursor: string | null;
        };
        PartnerImportResponse: {
            /** @description The file's columns, in its order. */
            columns: string[];
            /** Format: date-time */
            commitStartedAt: string | null;
            /** Format: date-time */
            committedAt: string | null;
            /** Format: uuid */
            committedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description The cell separator found: , ; tab or |. */
            delimiter: string;
            /**
             * @description Chosen at commit.
             * @enum {string|null}
             */
            duplicates: "skip" | "create" | null;
            /**
             * @description How the bytes were read.
             * @enum {string}
             */
            encoding: "utf-8" | "windows-1252";
            /** @description Why the last job gave up. */
            failure: string | null;
            fileName: string | null;
            /** Format: uuid */
            id: string;
            /** @description Whether the columns are mapped to partner fields (status mapping: not yet). */
            mapped: boolean;
            outcomes: components["schemas"]["ImportOutcomeCounts"];
            progress: components["schemas"]["ImportProgress"];
            results: components["schemas"]["ImportResultCounts"];
            /** @description Hex SHA-256 of the file. */
            sha256: string;
            /** @description Bytes uploaded. */
            sizeBytes: number;
            /** @enum {string} */
            status: "validating" | "validated" | "committing" | "committed" | "failed" | "mapping";
            totalRows: number;
            /** Format: date-time */
            validatedAt: string | null;
            /** @description Send as If-Match (or use the ETag header) to commit. */
            version: number;
        };
        PartnerImportRowPage: {
            items: components["schemas"]["PartnerImportRowResponse"][];
            nextCursor: string | null;
        };
        PartnerImportRowResponse: {
            /** @description The row's cells by column. */
            cells: {
                [key: string]: string;
            };
            /** @description For update rows: each field that changes, as the audit trail records it. */
            changes: {
                [key: string]: {
                    after?: unknown;
                    before?: unknown;
                };
            } | null;
            duplicates: components["schemas"]["ImportRowDuplicates"];
            /** @description Every problem of the row, by the file's column. */
            errors: components["schemas"]["ImportRowProblemDoc"][];
            /** @description The line of the file the row starts on. */
            line: number;
            /** @enum {string} */
            outcome: "pending" | "create" | "update" | "unchanged" | "duplicate" | "error" | "merged";
            /**
             * Format: uuid
             * @description The partner updated, found unchanged, or created.
             */
            partnerId: string | null;
            /** @enum {string|null} */
            result: "created" | "updated" | "unchanged" | "skipped" | "merged" | null;
            /** @description As a spreadsheet numbers it: the header is row 1. */
            rowNumber: number;
            /** @description What was noticed without refusing the row (a merge). */
            warnings: components["schemas"]["ImportRowProblemDoc"][];
        };
        PartnerImportSummary: {
            /** Format: date-time */
            committedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            fileName: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "validating" | "validated" | "committing" | "committed" | "failed" | "mapping";
            totalRows: number;
        };
        PartnerListResponse: {
            code: string;
            description: string | null;
            name: string;
        };
        PartnerName: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        PartnerPage: {
            items: components["schemas"]["PartnerSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        PartnerResponse: {
            address: string | null;
            /** @description Other names the organisation is known by. */
            alternativeNames: string[];
            /** Format: date-time */
            archivedAt: string | null;
            area: components["schemas"]["ReferenceValue"];
            charityNumber: string | null;
            companyNumber: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            dialogueCadenceDays: number | null;
            /**
             * Format: date-time
             * @description When the status became ended (retention counts from it).
             */
            endedAt: string | null;
            externalRef: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ReferenceValue"];
            legalName: string | null;
            /** @description Partner list codes. */
            lists: string[];
            /** Format: uuid */
            mergedIntoId?: string | null;
            name: string;
            owner: components["schemas"]["OwnerValue"] | null;
            postcode: string | null;
            priorityAreas: components["schemas"]["ReferenceValue"][];
            publicListing: components["schemas"]["PublicListingResponse"];
            /** @enum {string} */
            status: "prospect" | "active" | "paused" | "ended";
            tags: string[];
            themes: components["schemas"]["ReferenceValue"][];
            /** Format: date-time */
            updatedAt: string;
            /** @description Send as If-Match (or use the ETag header) when updating. */
            version: number;
            website: string | null;
        };
        PartnerSummary: {
            /** Format: date-time */
            archivedAt: string | null;
            area: components["schemas"]["ReferenceValue"];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ReferenceValue"];
            lists: string[];
            name: string;
            owner: components["schemas"]["OwnerValue"] | null;
            priorityAreas: string[];
            /** @enum {string} */
            status: "prospect" | "active" | "paused" | "ended";
            tags: string[];
            themes: string[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PartyName: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        PartyValue: {
            /** @description The partner record is archived (e.g. merged into another). */
            archived: boolean;
            /** Format: uuid */
            id: string;
            name: string;
        };
        PasswordLinkDto: {
            /** @description The token from the emailed link (after `#token=`). */
            token: string;
        };
        PasswordLinkResponse: {
            displayName: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** @enum {string} */
            purpose: "invitation" | "reset";
        };
        PasswordResetRequestDto: {
            /** @example sam.officer@example.org */
            email: string;
        };
        PeriodFigures: {
            /** @description Keys `kind/status` (status as recorded). */
            agreementsByKindStatus: components["schemas"]["CountRow"][];
            engagementByArea: components["schemas"]["AreaEngagement"][];
            /** Format: date */
            from: string;
            meetingsHeld: number;
            newPartners: number;
            /** @description Partners created in each month of the period (merged ones left out). */
            newPartnersByMonth: components["schemas"]["MonthCount"][];
            /** @description Signatures verified in the period (all pledges). */
            newSignatories: number;
            /** @description Signatures verified in each month of the period (all pledges). */
            newSignatoriesByMonth: components["schemas"]["MonthCount"][];
            overdueByOwner: components["schemas"]["OwnerOverdue"][];
            /** @description Live partners at the end of the period. */
            partners: number;
            partnersByArea: components["schemas"]["CountRow"][];
            /** @description Keys `area/kind`. */
            partnersByAreaKind: components["schemas"]["CountRow"][];
            partnersByPriorityArea: components["schemas"]["CountRow"][];
            partnersByTheme: components["schemas"]["CountRow"][];
            partnersEngaged: number;
            /** @description Keys `pledge/area` for signatures submitted in the period. */
            pledgesByArea: components["schemas"]["CountRow"][];
            /** @description Keys `pledge/status` for signatures submitted in the period. */
            pledgesByStatus: components["schemas"]["CountRow"][];
            /** @description Agreements in force whose renewal-notice date falls in the period. */
            renewalsDue: number;
            /** @description Agreements in force whose renewal-notice date falls in each month of the period. */
            renewalsDueByMonth: components["schemas"]["MonthCount"][];
            /** Format: date */
            to: string;
        };
        PledgeCommitment: {
            /** Format: date-time */
            approvedAt: string | null;
            /**
             * Format: uuid
             * @description The signature.
             */
            id: string;
            /** @description The pledge signed, e.g. "pact". */
            pledge: string;
            /**
             * Format: date
             * @description Pledges have no end: always null.
             */
            renewalDate: string | null;
            /**
             * Format: date-time
             * @description When the signer confirmed it (verified).
             */
            signedAt: string;
            /** @enum {string} */
            status: "verified" | "approved" | "suspended" | "withdrawn";
            /** @description The text version signed. */
            textVersion: number;
            /** @description Its title. */
            title: string;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        PledgeCountsResponse: {
            areas: components["schemas"]["AreaCounts"][];
            currentVersion: number;
            pledge: string;
            total: components["schemas"]["SignatureCounts"];
            versions: components["schemas"]["VersionCounts"][];
        };
        PledgeResponse: {
            commitments: components["schemas"]["ReferenceValue"][];
            currentVersion: number;
            /** @enum {string} */
            kind: "organisational" | "individual";
            slug: string;
            title: string;
            versions: components["schemas"]["PledgeTextSummary"][];
        };
        PledgeTextSummary: {
            /** Format: date-time */
            publishedAt: string;
            sha256: string;
            /** @description The exact wording of this version. */
            text: string;
            version: number;
        };
        ProblemDetails: {
            /**
             * @description Stable machine-readable error code.
             * @example PARTNER.NOT_FOUND
             */
            code: string;
            /** @example Partner was not found. */
            detail: string;
            /** @description Per-field problems for REQUEST.VALIDATION_FAILED. */
            errors?: components["schemas"]["FieldProblemDoc"][];
            /** @example /api/v1/partners/7d0e… */
            instance: string;
            /** @example b6f1c0de-… */
            requestId: string;
            /** @example 404 */
            status: number;
            /** @example Not Found */
            title: string;
            /**
             * @description A URI naming the problem type.
             * @example https://httpstatuses.io/404
             */
            type: string;
        };
        ProgressSnapshot: {
            evidenceLinks: string[];
            /** Format: date */
            reportedOn: string;
            summary: string;
        };
        ProgressUpdateResponse: {
            /** Format: uuid */
            authorId: string | null;
            /**
             * Format: uuid
             * @description The update that corrected this one.
             */
            correctedById: string | null;
            /**
             * Format: uuid
             * @description The update this one corrects.
             */
            correctsId: string | null;
            /** Format: date-time */
            createdAt: string;
            evidenceLinks: string[];
            /** Format: uuid */
            id: string;
            /** Format: date */
            reportedOn: string;
            /** @enum {string} */
            status: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
            summary: string;
            withdrawalReason: string | null;
            /**
             * Format: date-time
             * @description Set when withdrawn or corrected.
             */
            withdrawnAt: string | null;
        };
        ProposalResponse: {
            /** @description What staff applied (approved proposals). */
            applied: components["schemas"]["ListingFieldsDto"] | null;
            /** @description The listing as the proposer saw it. */
            before: components["schemas"]["ListingFieldsDto"];
            /** @description Only the fields the proposer changed. */
            changes: components["schemas"]["ListingFieldsDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            /** Format: uuid */
            id: string;
            organisation: string;
            /** Format: uuid */
            partnerId: string;
            proposer: components["schemas"]["ProposerResponse"] | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
        };
        ProposerResponse: {
            email: string;
            name: string | null;
        };
        PublicationChangesDoc: {
            /** @description Entries exactly as in GET /public/partners (a free-form object: the published fields). */
            added: {
                [key: string]: unknown;
            }[];
            /** @description Entries exactly as in GET /public/partners (a free-form object: the published fields). */
            changed: {
                [key: string]: unknown;
            }[];
            removed: string[];
            since: number;
            version: number;
        };
        PublicationPreviewResponse: {
            added: components["schemas"]["PublishedPartnerDoc"][];
            changed: components["schemas"]["ChangedEntryDoc"][];
            /** @description The version the public sees now; null = nothing published yet. */
            liveVersion: number | null;
            /** @description Partners the next version would list. */
            partnerCount: number;
            removed: components["schemas"]["RemovedEntryDoc"][];
            signatories: components["schemas"]["SignatoryChangeDoc"][];
            /** @description Signatories it would list by name, over every pledge. */
            signatoryCount: number;
            /** @description false: publishing now would change nothing and create no version. */
            wouldPublish: boolean;
        };
        PublicationSummaryDoc: {
            contentHash: string;
            partnerCount: number;
            /** Format: date-time */
            publishedAt: string;
            /**
             * Format: uuid
             * @description null = the scheduled job
             */
            publishedBy: string | null;
            signatoryCount: number;
            version: number;
        };
        PublicationVersionDiffResponse: {
            added: components["schemas"]["PublishedPartnerDoc"][];
            changed: components["schemas"]["ChangedEntryDoc"][];
            removed: components["schemas"]["RemovedEntryDoc"][];
            signatories: components["schemas"]["SignatoryChangeDoc"][];
            /** @description The version it is compared with (0: none, the first version). */
            since: number;
            version: number;
        };
        PublicListingDto: {
            /** @description Explicit consent to appear in the published partner list. */
            consent: boolean;
            /** @description Fields that may be shown publicly. */
            fields?: ("name" | "website" | "description" | "area" | "kind")[];
        };
        PublicListingResponse: {
            consent: boolean;
            /** Format: date-time */
            consentAt: string | null;
            /**
             * Format: uuid
             * @description Staff user who recorded it; null = the public form.
             */
            consentBy: string | null;
            fields: ("name" | "website" | "description" | "area" | "kind")[];
        };
        PublicPledgeResponse: {
            /** @description Codes for `area`. */
            areas: components["schemas"]["ReferenceValue"][];
            /** @description Commitments a signer may choose (codes for `commitments`). */
            commitments: components["schemas"]["ReferenceValue"][];
            /** @enum {string} */
            kind: "organisational" | "individual";
            /** @description Codes for `organisationKind` (organisational pledges; else empty). */
            organisationKinds: components["schemas"]["ReferenceValue"][];
            /** Format: date-time */
            publishedAt: string;
            /** @description SHA-256 of the text (UTF-8), hex. */
            sha256: string;
            /** @description Signatures confirmed by email and standing (verified or approved). */
            signatureCount: number;
            /** @example pact */
            slug: string;
            /** @description The exact wording signed. */
            text: string;
            title: string;
            version: number;
        };
        PublishedPartnerDoc: {
            /** @description The area's label. */
            area?: string;
            description?: string;
            /** Format: uuid */
            id: string;
            /** @description The kind's label. */
            kind?: string;
            name: string;
            /** @description On the PACT partners list. */
            pactPartner: boolean;
            website?: string;
        };
        PublishPledgeTextDto: {
            /** @description The full new wording; it becomes the current version. */
            body: string;
        };
        PublishResult: {
            /** @description false when the content equals the latest version (no new version). */
            created: boolean;
            partnerCount: number;
            /** @description Signatories listed by name, over every pledge. */
            signatoryCount: number;
            version: number;
        };
        QuarterFigures: {
            /** @description Keys `kind/status` (status as recorded). */
            agreementsByKindStatus: components["schemas"]["CountRow"][];
            engagementByArea: components["schemas"]["AreaEngagement"][];
            /** Format: date */
            from: string;
            meetingsHeld: number;
            newPartners: number;
            /** @description Signatures verified in the period (all pledges). */
            newSignatories: number;
            overdueByOwner: components["schemas"]["OwnerOverdue"][];
            /** @description Live partners at the end of the period. */
            partners: number;
            partnersByArea: components["schemas"]["CountRow"][];
            /** @description Keys `area/kind`. */
            partnersByAreaKind: components["schemas"]["CountRow"][];
            partnersByPriorityArea: components["schemas"]["CountRow"][];
            partnersByTheme: components["schemas"]["CountRow"][];
            partnersEngaged: number;
            /** @description Keys `pledge/area` for signatures submitted in the period. */
            pledgesByArea: components["schemas"]["CountRow"][];
            /** @description Keys `pledge/status` for signatures submitted in the period. */
            pledgesByStatus: components["schemas"]["CountRow"][];
            /** @description Agreements in force whose renewal-notice date falls in the period. */
            renewalsDue: number;
            /** Format: date */
            to: string;
        };
        QuarterlyUpdateList: {
            items: components["schemas"]["QuarterlyUpdateSummary"][];
        };
        QuarterlyUpdateResponse: {
            activities: components["schemas"]["ActivitySnapshot"][];
            /** @description Why it was frozen before the quarter ended (null: frozen after it ended). */
            earlyReason: string | null;
            figures: components["schemas"]["QuarterFigures"];
            /** Format: date-time */
            frozenAt: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @example 2026-Q3 */
            quarter: string;
            /** @description Activities per RAG status. */
            ragSummary: {
                [key: string]: number;
            };
            sha256: string;
            /** @description Whether the public report names the staff who own activities. */
            showStaffNames: boolean;
        };
        QuarterlyUpdateSummary: {
            /** @description Why it was frozen before the quarter ended (null: frozen after it ended). */
            earlyReason: string | null;
            /** Format: date-time */
            frozenAt: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @example 2026-Q3 */
            quarter: string;
            sha256: string;
            /** @description Whether the public report names the staff who own activities. */
            showStaffNames: boolean;
        };
        QuarterPreviewResponse: {
            activities: components["schemas"]["ActivitySnapshot"][];
            /** @description Whether the quarter has ended (if not, freezing needs `early` and a reason). */
            ended: boolean;
            figures: components["schemas"]["QuarterFigures"];
            /** @description Whether the quarter is frozen already (it cannot be frozen again). */
            frozen: boolean;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** @example 2026-Q3 */
            quarter: string;
            ragSummary: {
                [key: string]: number;
            };
        };
        QueueCounts: {
            active: number;
            completed: number;
            delayed: number;
            failed: number;
            prioritized: number;
            waiting: number;
        };
        QueueJobPage: {
            items: components["schemas"]["QueueJobResponse"][];
            nextCursor: string | null;
            /** @description Jobs in this state now. */
            total: number;
        };
        QueueJobResponse: {
            /** @description Attempts made so far. */
            attemptsMade: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Delayed jobs: when they become due.
             */
            dueAt?: string;
            /** @description The last error, e-mail addresses masked. */
            failedReason: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @example mail.send-5b0c… */
            id: string;
            /** @description Attempts allowed before the job stays failed. */
            maxAttempts: number;
            /** @example mail.send */
            name: string;
            /** Format: date-time */
            processedAt: string | null;
            /** @description The worker (host-pid) that last took it. */
            processedBy: string | null;
            /** @description The scheduler that produced it, for recurring jobs. */
            schedulerId: string | null;
            /** @description The first lines of the last stack trace. */
            stacktraceHead: string | null;
            /** @example failed */
            state: string;
        };
        QueueOverview: {
            counts: components["schemas"]["QueueCounts"];
            /** @example mail */
            name: string;
            /** @description Paused queues keep their jobs waiting; running jobs finish. */
            paused: boolean;
            schedulers: components["schemas"]["JobSchedulerSummary"][];
        };
        ReadinessResponse: {
            database: components["schemas"]["DependencyStatus"];
            queue: components["schemas"]["DependencyStatus"];
            /** @enum {string} */
            queueBackend: "postgres" | "redis";
            /** @enum {string} */
            status: "ready" | "not-ready";
        };
        ReasonDto: {
            /** @description Why (kept in the audit trail). */
            reason?: string;
        };
        ReferenceEntryResponse: {
            /** @enum {string} */
            category: "area" | "organisation-kind" | "priority-area" | "theme" | "promise" | "pact-commitment" | "city-aim" | "city-outcome" | "agreement-kind";
            code: string;
            label: string;
            retired: boolean;
            sortOrder: number;
        };
        ReferenceEntryUsageResponse: {
            code: string;
            /** @description Records holding this entry (partners, meetings, agreements, signatures, plan activities…). */
            records: number;
        };
        ReferenceValue: {
            code: string;
            label: string;
        };
        RefreshDto: {
            /** @description The refresh token from the last login or refresh. */
            refreshToken: string;
        };
        RejectClaimDto: {
            /** @description Why: mailed to the claimant. */
            reason: string;
        };
        RejectProposalDto: {
            /** @description Why: mailed to the proposer. */
            reason: string;
        };
        ReminderPreferencesResponse: {
            /**
             * @description daily, weekly (on weeklyDay) or paused (no digests).
             * @enum {string}
             */
            frequency: "daily" | "weekly" | "paused";
            /**
             * Format: date-time
             * @description Null while the defaults apply.
             */
            updatedAt: string | null;
            /** @description ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday. */
            weeklyDay: number;
        };
        ReminderRunResponse: {
            /** @description Digests mailed. */
            digests: number;
            /**
             * Format: date-time
             * @description When every digest job had been enqueued.
             */
            fannedOutAt: string | null;
            /** @description Reminder items in the mailed digests. */
            items: number;
            /** @description Digest mails that failed to send. */
            mailFailed: number;
            /** @description Planned digests not (yet) done: their job has not completed. */
            notDone: number;
            /** @description Planned digests with nothing new to say (no mail). */
            nothingDue: number;
            /** @description Staff the run planned a digest for. */
            recipients: number | null;
            /**
             * Format: date
             * @description The day the run is for.
             * @example 2026-12-03
             */
            runDate: string;
            /** Format: date-time */
            startedAt: string;
        };
        ReminderRunsResponse: {
            /**
             * @description When the daily run starts (cron).
             * @example 0 7 * * *
             */
            cron: string;
            /** @description Newest first. */
            runs: components["schemas"]["ReminderRunResponse"][];
            /** @example Europe/London */
            timeZone: string;
        };
        RemovedEntryDoc: {
            /** Format: uuid */
            id: string;
            /** @description The name it was listed under. */
            name: string;
        };
        ReorderReferenceEntriesDto: {
            /**
             * @description Every code of the list, in the new order.
             * @example [
             *       "liverpool",
             *       "wirral",
             *       "sefton"
             *     ]
             */
            codes: string[];
        };
        SarAffiliation: {
            /** Format: uuid */
            contactId: string;
            /** Format: date-time */
            endedAt: string | null;
            /** Format: uuid */
            id: string;
            jobTitle: string | null;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /** Format: date-time */
            startedAt: string;
        };
        SarAttendance: {
            /** Format: uuid */
            contactId: string;
            kind: string;
            /** Format: uuid */
            meetingId: string;
            /** Format: date-time */
            occurredAt: string;
            title: string;
        };
        SarAuditEntry: {
            action: string;
            /**
             * Format: uuid
             * @description Staff user; null = the system.
             */
            actorId: string | null;
            /** @description The staff user's display name (null = the system; not filled in subject-access exports). */
            actorName: string | null;
            /** @description Changed fields with their values before and after. */
            changes: {
                [key: string]: {
                    after?: unknown;
                    before?: unknown;
                };
            };
            /** Format: uuid */
            entityId: string;
            entityType: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            reason: string | null;
        };
        SarConsentEvent: {
            /** @enum {string} */
            action: "given" | "withdrawn";
            /**
             * Format: uuid
             * @description Staff user who recorded it, or approved what the form recorded.
             */
            actorId: string | null;
            /** @description Ids and codes (e.g. the signature that carried it). */
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            purpose: string;
            /** @enum {string} */
            source: "form" | "staff" | "system" | "migration";
            /** Format: uuid */
            subjectId: string;
            /** @enum {string} */
            subjectType: "partner" | "contact" | "signature";
            /** @description Version of the wording shown (form label version, or pledge text version and hash). */
            wordingVersion: string | null;
        };
        SarMail: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed" | "cancelled";
            subject: string;
            textBody: string;
        };
        SarSignature: {
            /** Format: date-time */
            approvedAt: string | null;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "organisational" | "individual";
            /** @enum {string} */
            lawfulBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
            listingConsent: boolean;
            /** Format: date-time */
            listingConsentAt: string | null;
            organisationName: string | null;
            /** Format: uuid */
            partnerId: string | null;
            pledge: string;
            signerJobTitle: string | null;
            signerName: string | null;
            /** @enum {string} */
            status: "submitted" | "verified" | "approved" | "rejected" | "suspended" | "withdrawn";
            /** Format: date-time */
            submittedAt: string;
            submittedIp: string | null;
            submittedUserAgent: string | null;
            textSha256: string;
            textVersion: number;
            /** Format: date-time */
            verifiedAt: string | null;
            verifiedIp: string | null;
            verifiedUserAgent: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        SarStaffAccount: {
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            isActive: boolean;
            /** @enum {string} */
            role: "admin" | "officer" | "viewer";
        };
        SavedImportMappingView: {
            columns: {
                [key: string]: string | null;
            };
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            updatedAt: string;
            values: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        SavedViewFilters: {
            /**
             * @default exclude
             * @enum {string}
             */
            archived: "exclude" | "include" | "only";
            /** @description area code */
            area?: string;
            /** @description organisation-kind code */
            kind?: string;
            /** @description partner list code */
            list?: string;
            /**
             * @description true: only partners overdue for dialogue (not snoozed).
             * @enum {string}
             */
            overdue?: "true" | "false";
            /** @description A staff user id, `me`, or `none` (no owner). */
            owner?: string;
            /** @description priority-area code */
            priorityArea?: string;
            /** @description Search: name, legal and alternative names, website domain, company and charity numbers, postcode. Case, accents, apostrophes, punctuation, `&`/`and` and `St`/`St.`/`Saint` do not matter; typos and word order are tolerated. Results come best match first unless another sort is asked for. At least 2 characters. */
            q?: string;
            /** @enum {string} */
            status?: "prospect" | "active" | "paused" | "ended";
            tag?: string;
            /** @description theme code */
            theme?: string;
        };
        SavedViewResponse: {
            columns: ("name" | "kind" | "area" | "status" | "owner" | "lists" | "tags" | "priorityAreas" | "themes" | "createdAt" | "updatedAt")[];
            /** Format: date-time */
            createdAt: string;
            filters: components["schemas"]["SavedViewFilters"];
            /** Format: uuid */
            id: string;
            /** @description The caller owns it (and may change or delete it). */
            mine: boolean;
            name: string;
            owner: components["schemas"]["OwnerValue"];
            shared: boolean;
            /** @enum {string} */
            sort: "relevance" | "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
            /** Format: date-time */
            updatedAt: string;
        };
        SessionResponse: {
            /** @description Access token (JWT) for the Authorization: Bearer header. Keep it in memory only. */
            accessToken: string;
            /**
             * @description Seconds until the access token expires: refresh shortly before.
             * @example 900
             */
            expiresIn: number;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
            user: components["schemas"]["MeResponse"];
        };
        SetPasswordDto: {
            /** @description The new password: at least 12 characters, not one of the common passwords. */
            password: string;
            /** @description The token from the emailed link (after `#token=`). */
            token: string;
        };
        SignatoryChangeDoc: {
            /** @description Names newly listed (a changed listing is in both lists). */
            added: string[];
            countAfter: number;
            countBefore: number;
            /** @example pact */
            pledge: string;
            /** @description Names no longer listed. */
            removed: string[];
            title: string;
        };
        SignatureCounts: {
            approved: number;
            /**
             * @description Current status of each signature: submitted (awaiting email confirmation), verified (awaiting approval), approved, rejected, suspended, withdrawn.
             * @example {
             *       "submitted": 1,
             *       "verified": 2,
             *       "approved": 10,
             *       "rejected": 0,
             *       "suspended": 0,
             *       "withdrawn": 1
             *     }
             */
            current: {
                [key: string]: number;
            };
            submitted: number;
            verified: number;
            withdrawn: number;
        };
        SignatureEvidence: {
            submittedIp: string | null;
            submittedUserAgent: string | null;
            verifiedIp: string | null;
            verifiedUserAgent: string | null;
        };
        SignatureOrganisation: {
            charityNumber: string | null;
            companyNumber: string | null;
            kind: components["schemas"]["ReferenceValue"] | null;
            name: string;
            website: string | null;
        };
        SignaturePage: {
            items: components["schemas"]["SignatureResponse"][];
            nextCursor: string | null;
        };
        SignaturePartnerCandidate: {
            charityNumber: string | null;
            companyNumber: string | null;
            /** Format: uuid */
            id: string;
            matchedOn: ("name" | "website" | "companyNumber" | "charityNumber")[];
            name: string;
            /**
             * @description Its website's domain.
             * @example example.org.uk
             */
            websiteDomain: string | null;
        };
        SignatureReasonDto: {
            /** @description Kept on the signature and in the audit trail. */
            reason: string;
        };
        SignatureReceivedResponse: {
            message: string;
            /** @example received */
            status: string;
        };
        SignatureResponse: {
            /** Format: date-time */
            approvedAt: string | null;
            area: components["schemas"]["ReferenceValue"] | null;
            authorityConfirmed: boolean;
            /** @description The statement of authority the signer confirmed, word for word (organisations). */
            authorityStatement: string | null;
            commitments: components["schemas"]["ReferenceValue"][];
            /** Format: date-time */
            erasedAt: string | null;
            evidence: components["schemas"]["SignatureEvidence"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "organisational" | "individual";
            /**
             * @description Why the signer's personal data is held (consent, given by signing).
             * @enum {string}
             */
            lawfulBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
            /** @description Organisations: listed publicly. Individuals: name shown. */
            listingConsent: boolean;
            /** Format: date-time */
            listingConsentAt: string | null;
            organisation: components["schemas"]["SignatureOrganisation"] | null;
            /** @description Detail view of an organisation awaiting approval: existing partners that look like it (by number, website or name). */
            partnerCandidates?: components["schemas"]["SignaturePartnerCandidate"][];
            /** Format: uuid */
            partnerId: string | null;
            pledge: string;
            /** Format: date-time */
            rejectedAt: string | null;
            signer: components["schemas"]["SignatureSigner"] | null;
            /** @enum {string} */
            status: "submitted" | "verified" | "approved" | "rejected" | "suspended" | "withdrawn";
            /** @description Why it was rejected, suspended, or withdrawn by staff. */
            statusReason: string | null;
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            suspendedAt: string | null;
            /** @description SHA-256 of the signed text (hex). */
            textSha256: string;
            textVersion: number;
            /** Format: date-time */
            verifiedAt: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        SignatureSigner: {
            email: string;
            jobTitle: string | null;
            name: string;
        };
        SignPledgeDto: {
            /**
             * @description Code from `area`: required for organisations, optional for individuals.
             * @example liverpool
             */
            area?: string;
            /** @description Organisations (must be true): the signer has authority to sign for the organisation. */
            authorityConfirmed?: boolean;
            /** @example 1234567 */
            charityNumber?: string;
            /**
             * @description Codes the pledge offers.
             * @example [
             *       "engaging-with-local-priorities"
             *     ]
             */
            commitments?: string[];
            /** @example 01234567 */
            companyNumber?: string;
            /** @example alex.morgan@example.org */
            email: string;
            /**
             * @description Organisations: the signer's job title (required).
             * @example Director
             */
            jobTitle?: string;
            /**
             * @description Organisations: to be listed publicly as a signatory. Individuals: to show your name. Separate and never assumed.
             * @default false
             */
            listingConsent: boolean;
            /**
             * @description Organisations (required): code from `organisation-kind`.
             * @example charity
             */
            organisationKind?: string;
            /**
             * @description Organisations (required).
             * @example Liverpool Food Bank
             */
            organisationName?: string;
            /** @example Alex Morgan */
            signerName: string;
            /** @description The text version the signer read (see GET); if it is no longer current: 409 PLEDGE.TEXT_CHANGED. */
            textVersion?: number;
            /** @description Leave empty. (A field people never see; automated submissions fill it in.) */
            url?: string;
            /** @example https://www.example.org */
            website?: string;
        };
        SnoozedItem: {
            /** Format: date-time */
            dueAt: string | null;
            /** Format: uuid */
            ownerId: string | null;
            ownerName: string | null;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
            /**
             * Format: date
             * @description Reminders resume the day after.
             */
            snoozedUntil: string;
            snoozeReason: string | null;
        };
        SnoozedPage: {
            items: components["schemas"]["SnoozedItem"][];
            nextCursor: string | null;
        };
        SnoozeDto: {
            /** @example Partner restructuring; meeting agreed for February */
            reason: string;
            /**
             * Format: date
             * @description Reminders resume the day after.
             * @example 2027-01-31
             */
            until: string;
        };
        SubjectAccessItems: {
            /** @description Entries about their records, or whose changes or reason mention them. */
            auditEntries: components["schemas"]["SarAuditEntry"][];
            consentEvents: components["schemas"]["SarConsentEvent"][];
            contactAffiliations: components["schemas"]["SarAffiliation"][];
            contacts: components["schemas"]["ContactResponse"][];
            /** @description Mail addressed to the person. */
            mailOutbox: components["schemas"]["SarMail"][];
            /** @description Meetings attended as a contact. */
            meetingAttendance: components["schemas"]["SarAttendance"][];
            /** @description Any other row, in any table, whose text mentions their email, a name or a phone number (e.g. meeting notes). */
            otherMentions: components["schemas"]["MentionResponse"][];
            signatures: components["schemas"]["SarSignature"][];
            staffAccounts: components["schemas"]["SarStaffAccount"][];
        };
        SubjectAccessResponse: {
            /** @description Items per section. */
            counts: {
                [key: string]: number;
            };
            email: string;
            /** Format: date-time */
            generatedAt: string;
            items: components["schemas"]["SubjectAccessItems"];
            /** @description The names and phone numbers the person was recorded under. */
            knownAs: string[];
            /** @description Keyed hash of the email (what erasure would leave). */
            subjectHash: string;
            /** @description True once the person was erased: they may not be added again. */
            suppressed: boolean;
        };
        SuppressionListResponse: {
            /** @description People on the suppression list (erased; never re-added or contacted). */
            size: number;
        };
        TeamMember: {
            displayName: string;
            /** Format: uuid */
            id: string;
        };
        TeamWorkResponse: {
            dueWithinDays: number;
            /** @description Most overdue dialogue first, then by name; nobody last. */
            owners: components["schemas"]["TeamWorkRow"][];
            signaturesAwaitingReview: number;
            /** Format: date */
            today: string;
        };
        TeamWorkRow: {
            dueSoonDialogue: number;
            openActions: number;
            overdueActions: number;
            overdueDialogue: number;
            /**
             * Format: uuid
             * @description null: partners and actions with no owner.
             */
            ownerId: string | null;
            ownerName: string | null;
        };
        TestMailResponse: {
            /**
             * Format: uuid
             * @description The outbox row that will be sent.
             */
            outboxId: string;
        };
        TimelineActor: {
            /** Format: uuid */
            id: string;
            /** @description The staff user's display name. */
            name: string;
        };
        TimelineItem: {
            /** @description The staff user who did it; null for the system or a member of the public. */
            actor: components["schemas"]["TimelineActor"] | null;
            /** Format: date-time */
            at: string;
            /** @description More detail in words: the fields that changed (from → to), the reason given. */
            detail: string | null;
            /**
             * Format: uuid
             * @description The record: meeting, action, audit entry, agreement or signature id
             */
            id: string;
            /**
             * Format: uuid
             * @description What the entry is about: the meeting, action, partner, contact, agreement or signature.
             */
            subjectId: string;
            /** @description What happened, as a sentence, e.g. "Changed the agreement “Youth MoU” from Draft to Active." */
            summary: string;
            /**
             * @description meeting, action (a follow-up from a meeting with the partner, at its latest state), change (an audited change to the partner record), contact (a contact added, changed, made or no longer primary, removed, restored or moved), agreement (one the partner is party to, at its creation), agreement-change (a later change to it: status, edit, document), signature (a pledge signature linked to the partner, at its latest event)
             * @enum {string}
             */
            type: "meeting" | "action" | "change" | "contact" | "agreement" | "agreement-change" | "signature";
        };
        TimelinePage: {
            items: components["schemas"]["TimelineItem"][];
            nextCursor: string | null;
        };
        TokenPairResponse: {
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** Format: date-time */
            refreshExpiresAt: string;
            /** @description Single-use: each refresh returns a new one. */
            refreshToken: string;
            /**
             * @example Bearer
             * @enum {string}
             */
            tokenType: "Bearer";
        };
        UpdateActionDto: {
            /** @example Send the draft MoU */
            description?: string;
            /**
             * Format: date
             * @example 2026-12-15
             */
            dueDate?: Record<string, never> | null;
            /**
             * Format: uuid
             * @description Staff user responsible.
             */
            ownerId?: Record<string, never> | null;
            /** @enum {string} */
            status?: "open" | "done" | "dropped";
        };
        UpdateActivityDto: {
            description?: string | null;
            /** @description Partner ids leading it. */
            leadPartners?: string[];
            /** @description Codes from reference data `city-outcome`. */
            outcomes?: string[];
            /**
             * Format: uuid
             * @description The staff member responsible.
             */
            ownerId?: string | null;
            /** @description Other partner ids taking part. */
            partners?: string[];
            /**
             * @default current
             * @enum {string}
             */
            priority: "current" | "planned" | "longer-term";
            /** @description Codes from reference data `priority-area`. */
            priorityAreas?: string[];
            /** @description Codes from reference data `promise`. */
            promises?: string[];
            /** @description Why, for the audit trail. */
            reason?: string;
            /**
             * @description Set later by progress updates.
             * @default not-started
             * @enum {string}
             */
            status: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
            /** Format: date */
            targetDate?: string | null;
            /**
             * @description Code from reference data `theme`.
             * @example knowledge-and-impact
             */
            theme?: string;
            /** @example Open the civic data observatory */
            title?: string;
        };
        UpdateAgreementDto: {
            description?: string | null;
            /**
             * Format: date
             * @description Last day it runs (inclusive).
             */
            endDate?: string | null;
            /**
             * @description Code from reference data `agreement-kind`.
             * @example standing-commitment
             */
            kind?: string;
            /**
             * Format: uuid
             * @description The staff user responsible for it.
             */
            ownerId?: string | null;
            /** @description Partner ids: one or more. */
            parties?: string[];
            /**
             * @description Codes from `priority-area`.
             * @example [
             *       "employment-and-skills"
             *     ]
             */
            priorityAreas?: string[];
            /** @description Why the change was made (kept in the audit trail). */
            reason?: string;
            /** @description Notice to give before the end date. */
            renewalNoticeDays?: number | null;
            /** Format: date */
            reviewDate?: string | null;
            /**
             * Format: date
             * @example 2024-04-01
             */
            startDate?: string | null;
            /**
             * @description Codes from `theme`.
             * @example [
             *       "people-and-skills"
             *     ]
             */
            themes?: string[];
            /** @example Armed Forces Covenant */
            title?: string;
        };
        UpdateCaseStudyDto: {
            activities?: string[];
            partners?: string[];
            story?: string;
            title?: string;
        };
        UpdateContactDto: {
            communicationPreferences?: components["schemas"]["CommunicationPreferencesDto"];
            /** @example alex.morgan@example.org */
            email?: string | null;
            /** @example Alex Morgan */
            fullName?: string;
            /** @description Making a contact primary demotes the organisation's current primary contact. */
            isPrimary?: boolean;
            jobTitle?: string | null;
            /**
             * @default legitimate-interests
             * @enum {string}
             */
            lawfulBasis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
            /** @example +44 151 000 0000 */
            phone?: string | null;
            /** @description Why (kept in the audit trail). */
            reason?: string;
        };
        UpdateMeetingDto: {
            /** @description Follow-up actions (create only). */
            actions?: components["schemas"]["CreateActionDto"][];
            /** @description Partner contacts who attended. */
            contactIds?: string[];
            /** @enum {string} */
            kind?: "meeting" | "call" | "visit" | "event" | "email-exchange";
            notes?: Record<string, never> | null;
            /**
             * Format: date-time
             * @description When it happened (or is scheduled). Without an offset (2026-11-20T10:00) it is that time in TIME_ZONE.
             * @example 2026-11-20T10:00:00Z
             */
            occurredAt?: string;
            outcomes?: Record<string, never> | null;
            /** @description Partners the dialogue was with (at least one). */
            partnerIds?: string[];
            /** @description priority-area codes */
            priorityAreas?: string[];
            reason?: string;
            /** @description Staff attendees. */
            staffIds?: string[];
            /** @description theme codes */
            themes?: string[];
            /** @example Quarterly catch-up */
            title?: string;
        };
        UpdatePartnerDto: {
            address?: string | null;
            /**
             * @description Other names the organisation is known by (former, trading, abbreviations); search finds them like the name.
             * @example [
             *       "LWH",
             *       "Liverpool Maternity Hospital"
             *     ]
             */
            alternativeNames?: string[];
            /**
             * @description Code from reference data `area`.
             * @example liverpool
             */
            area?: string;
            /** @example 1234567 */
            charityNumber?: string | null;
            /** @example 01234567 */
            companyNumber?: string | null;
            description?: string | null;
            dialogueCadenceDays?: Record<string, never> | null;
            /** @description Identifier in another system (CSV imports match on it). */
            externalRef?: string | null;
            /**
             * @description Code from reference data `organisation-kind`.
             * @example charity
             */
            kind?: string;
            legalName?: string | null;
            /**
             * @description Partner list codes.
             * @example [
             *       "strategy-partners"
             *     ]
             */
            lists?: string[];
            /** @example Liverpool Food Bank */
            name?: string;
            /**
             * Format: uuid
             * @description Relationship owner (a staff user).
             */
            ownerId?: Record<string, never> | null;
            /** @example L3 5TQ */
            postcode?: string | null;
            /**
             * @description Codes from `priority-area`.
             * @example [
             *       "employment-and-skills"
             *     ]
             */
            priorityAreas?: string[];
            publicListing?: components["schemas"]["PublicListingDto"];
            /** @description Why the change was made (kept in the audit trail). */
            reason?: string;
            /**
             * @default prospect
             * @enum {string}
             */
            status: "prospect" | "active" | "paused" | "ended";
            /**
             * @example [
             *       "food",
             *       "volunteering"
             *     ]
             */
            tags?: string[];
            /**
             * @description Codes from `theme`.
             * @example [
             *       "people-and-skills"
             *     ]
             */
            themes?: string[];
            /** @example https://www.example.org */
            website?: string | null;
        };
        UpdateReferenceEntryDto: {
            label?: string;
            /** @description true retires the entry (it stays on existing records); false restores it. */
            retired?: boolean;
            sortOrder?: number;
        };
        UpdateReminderPreferencesDto: {
            /** @enum {string} */
            frequency: "daily" | "weekly" | "paused";
            /** @description Required for weekly; otherwise kept for later (default 1, Monday). */
            weeklyDay?: number;
        };
        UpdateSavedViewDto: {
            /** @description The columns shown, in order (name always among them). */
            columns?: ("name" | "kind" | "area" | "status" | "owner" | "lists" | "tags" | "priorityAreas" | "themes" | "createdAt" | "updatedAt")[];
            /** @description The list filters; none: every partner. */
            filters?: components["schemas"]["SavedViewFilters"];
            name?: string;
            /**
             * @description Offer the view to the whole team (only its owner changes it).
             * @default false
             */
            shared: boolean;
            /**
             * @default name
             * @enum {string}
             */
            sort: "relevance" | "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
        };
        UpdateUserDto: {
            displayName?: string;
            /** @description false deactivates the user: their tokens stop working at once. */
            isActive?: boolean;
            /** @enum {string} */
            role?: "admin" | "officer" | "viewer";
        };
        UserResponse: {
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @description Invited but has not set a password yet (cannot sign in until they do). */
            invitationPending: boolean;
            isActive: boolean;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @enum {string} */
            role: "admin" | "officer" | "viewer";
        };
        VersionCounts: {
            approved: number;
            /**
             * @description Current status of each signature: submitted (awaiting email confirmation), verified (awaiting approval), approved, rejected, suspended, withdrawn.
             * @example {
             *       "submitted": 1,
             *       "verified": 2,
             *       "approved": 10,
             *       "rejected": 0,
             *       "suspended": 0,
             *       "withdrawn": 1
             *     }
             */
            current: {
                [key: string]: number;
            };
            submitted: number;
            verified: number;
            version: number;
            withdrawn: number;
        };
        WithdrawNameDisplayDto: {
            /** @description The secret from the withdrawal link in the "Signature confirmed" email (the part after /sign/withdraw/). */
            token: string;
        };
        WithdrawProgressUpdateDto: {
            /** @description Why it is wrong, for the timeline and the audit trail. */
            reason: string;
        };
        WorkActionItem: {
            description: string;
            /** Format: date */
            dueDate: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            meetingId: string;
            meetingTitle: string;
            /** @description Whole days past the due date (0 when not overdue or undated). */
            overdueDays: number;
            /** @description The partners of the meeting the action came from. */
            partners: components["schemas"]["WorkPartnerRef"][];
        };
        WorkActions: {
            /** @description Overdue first (earliest due first), undated last (at most `limit`). */
            items: components["schemas"]["WorkActionItem"][];
            openCount: number;
            overdueCount: number;
        };
        WorkAgreementItem: {
            /** Format: date */
            date: string;
            /** Format: date */
            endDate: string | null;
            /** Format: uuid */
            id: string;
            parties: components["schemas"]["WorkPartnerRef"][];
            /**
             * @description Which date brings it here (the earlier one when both).
             * @enum {string}
             */
            reason: "review" | "renewal-notice";
            /** Format: date */
            renewalNoticeDate: string | null;
            /** Format: date */
            reviewDate: string | null;
            /** @enum {string} */
            status: "draft" | "active" | "under-review" | "expired" | "terminated";
            title: string;
        };
        WorkDialogue: {
            /** @description Due within `dueWithinDays`, soonest first (at most `limit`). */
            dueSoon: components["schemas"]["WorkDialogueItem"][];
            dueSoonCount: number;
            /** @description Most overdue first (at most `limit`). */
            overdue: components["schemas"]["WorkDialogueItem"][];
            /** @description How many of my partners are overdue (all of them, not only those listed). */
            overdueCount: number;
        };
        WorkDialogueItem: {
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            lastDialogueAt: string | null;
            /** @description Whole days past the due date; 0 or less when not yet due (−3: due in 3 days). */
            overdueDays: number;
            /** Format: uuid */
            partnerId: string;
            partnerName: string;
        };
        WorkPartnerRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActions: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Only actions due before this date. */
                dueBefore?: string;
                limit?: number;
                /** @description true: only open actions whose due date has passed (in TIME_ZONE). */
                overdue?: "true" | "false";
                /** @description A staff user id, `me`, `none` (unassigned) or `anyone` (the default). */
                owner?: string;
                /** @description Only actions from meetings with this partner. */
                partner?: string;
                /** @description Open, done or dropped; every state when absent. */
                status?: "open" | "done" | "dropped";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: ACTION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.INVALID_REFERENCE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueOverview"][];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listQueueJobs: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                limit?: number;
                state?: "failed" | "completed" | "active" | "waiting" | "delayed" | "prioritized";
            };
            header?: never;
            path: {
                queue: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueJobPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: QUEUE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    discardQueueJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
                queue: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Discarded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: QUEUE.NOT_FOUND, QUEUE.JOB_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: QUEUE.JOB_NOT_FAILED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    retryQueueJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
                queue: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueJobResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: QUEUE.NOT_FOUND, QUEUE.JOB_NOT_FOUND, MAIL.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: QUEUE.JOB_NOT_FAILED, MAIL.NOT_FAILED, MAIL.CONTENT_REMOVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listReminderRuns: {
        parameters: {
            query?: {
                /** @description How many of the latest runs. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderRunsResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description In force (as stored), with an end date before this date; includes lapsed ones. */
                expiringBefore?: string;
                /** @description agreement-kind code */
                kind?: string;
                limit?: number;
                /** @description A staff user id, `me`, or `none` (no owner). */
                owner?: string;
                /** @description Only agreements this partner is a party to. */
                partner?: string;
                /** @description priority-area code */
                priorityArea?: string;
                /** @description Search in titles (at least 2 characters). */
                q?: string;
                /** @description In force, with a review date before this date. */
                reviewDueBefore?: string;
                /** @description An agreement without the sorted date counts as the latest. */
                sort?: "title" | "-title" | "endDate" | "-endDate" | "reviewDate" | "-reviewDate" | "createdAt" | "-createdAt";
                /** @description Effective status: `expired` includes agreements past their end date. */
                status?: "draft" | "active" | "under-review" | "expired" | "terminated";
                /** @description theme code */
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED, AGREEMENT.UNKNOWN_PARTY, AGREEMENT.PARTY_ARCHIVED, AGREEMENT.UNKNOWN_OWNER, AGREEMENT.INVALID_DATES, AGREEMENT.NOT_YET_STARTED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateAgreement: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED, AGREEMENT.UNKNOWN_PARTY, AGREEMENT.PARTY_ARCHIVED, AGREEMENT.UNKNOWN_OWNER, AGREEMENT.INVALID_DATES, AGREEMENT.NOT_YET_STARTED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAgreementAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryResponse"][];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    addAgreementDocumentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDocumentLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDocumentResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listAgreementDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDocumentResponse"][];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    uploadAgreementDocument: {
        parameters: {
            query: {
                /** @description The file's name; paths and unsafe characters are removed. */
                fileName: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The file itself, as the whole body, with its media type as Content-Type. */
        requestBody: {
            content: {
                "application/pdf": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "image/jpeg": string;
                "image/png": string;
                "text/plain": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDocumentResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, AGREEMENT.DOCUMENT_EMPTY */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.DOCUMENT_TOO_LARGE, REQUEST.PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.DOCUMENT_TYPE_NOT_ALLOWED, AGREEMENT.DOCUMENT_CONTENT_MISMATCH */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteAgreementDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.DOCUMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    downloadAgreementDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "text/plain": string;
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.DOCUMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.DOCUMENT_IS_LINK */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    changeAgreementStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you last read; a stale one gets 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeAgreementStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AGREEMENT.ILLEGAL_TRANSITION, AGREEMENT.END_DATE_PASSED, AGREEMENT.NOT_YET_ENDED, AGREEMENT.NOT_YET_STARTED, AGREEMENT.INVALID_DATES */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAnnualReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getAppSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSettingsResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.INVITATION_INVALID */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PASSWORD.TOO_SHORT, PASSWORD.TOO_COMMON */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    inspectInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordLinkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLinkResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.INVITATION_INVALID */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.LOGIN_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.CURRENT_PASSWORD_WRONG, PASSWORD.TOO_SHORT, PASSWORD.TOO_COMMON */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.PASSWORD_CHANGE_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description Accepted: if the account exists, a link is on its way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.PASSWORD_RESET_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    completePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.RESET_TOKEN_INVALID */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PASSWORD.TOO_SHORT, PASSWORD.TOO_COMMON */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    inspectPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordLinkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLinkResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.RESET_TOKEN_INVALID */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.REFRESH_TOKEN_INVALID, AUTH.REFRESH_TOKEN_REUSED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    startSession: {
        parameters: {
            query?: never;
            header: {
                /** @description Must be `1`. Cross-site requests (by Origin or Sec-Fetch-Site) are refused as well. */
                "X-CSRF-Protection": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description `crm_refresh`: the session's refresh token (HttpOnly; SameSite=Strict; Path=/api/v1/auth/session; Secure over https). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.LOGIN_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header: {
                /** @description Must be `1`. Cross-site requests (by Origin or Sec-Fetch-Site) are refused as well. */
                "X-CSRF-Protection": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    /** @description `crm_refresh`: the session's refresh token (HttpOnly; SameSite=Strict; Path=/api/v1/auth/session; Secure over https). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: AUTH.CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header: {
                /** @description Must be `1`. Cross-site requests (by Origin or Sec-Fetch-Site) are refused as well. */
                "X-CSRF-Protection": "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description `crm_refresh`: the session's refresh token (HttpOnly; SameSite=Strict; Path=/api/v1/auth/session; Secure over https). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description Problem: AUTH.REFRESH_TOKEN_INVALID, AUTH.REFRESH_TOKEN_REUSED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.CSRF_REJECTED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rotateCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    revokeCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.ARCHIVED, DATA_PROTECTION.SUPPRESSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getContactAffiliations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AffiliationResponse"][];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    archiveContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getContactAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryResponse"][];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getContactConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecordResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moveContact: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND, PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.CANNOT_MOVE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    inviteContactToPortal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.CONTACT_UNREACHABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restoreContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: CONTACT.ERASED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    erasePerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: DATA_PROTECTION.STAFF_ACCOUNT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    previewErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasurePreviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasurePreviewResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: DATA_PROTECTION.STAFF_ACCOUNT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSubjectAccessReport: {
        parameters: {
            query: {
                email: string;
                /** @description json (default) or summary: a readable HTML page. Without it, `Accept: text/html` also gives the summary. */
                format?: "json" | "summary";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON by default; `format=summary` or `Accept: text/html` gives an HTML page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessResponse"];
                    "text/html": components["schemas"]["SubjectAccessResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSuppressionList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuppressionListResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listOverdueDialogue: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Also include partners due within this many days. */
                dueWithinDays?: number;
                includeSnoozed?: "true" | "false";
                limit?: number;
                /** @description A staff user id, `me`, `none` (unowned) or `all` (the team; default). */
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverduePage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSnoozedDialogue: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                limit?: number;
                /** @description A staff user id, `me`, `none` (unowned) or `all` (the team; default). */
                owner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnoozedPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getDialogueSummary: {
        parameters: {
            query?: {
                dueWithinDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerDialogueSummary"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getFigures: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodFigures"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, PLAN.INVALID_PERIOD */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listOutboxMail: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                limit?: number;
                state?: "pending" | "sending" | "sent" | "failed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resendOutboxMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMailResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MAIL.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MAIL.NOT_FAILED, MAIL.CONTENT_REMOVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    sendTestMail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestMailResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMyReminderPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreferencesResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putMyReminderPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReminderPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreferencesResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMyWork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyWorkResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                from?: string;
                limit?: number;
                partner?: string;
                /** @description A staff user id or `me`. */
                staff?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.INVALID_REFERENCE, REFERENCE.UNKNOWN, REFERENCE.RETIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteMeeting: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.INVALID_REFERENCE, REFERENCE.UNKNOWN, REFERENCE.RETIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    addMeetingAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: MEETING.INVALID_REFERENCE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartnerImports: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                limit?: number;
                status?: "validating" | "validated" | "committing" | "committed" | "failed" | "mapping";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImportPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    uploadPartnerImport: {
        parameters: {
            query?: {
                /** @description How to read the bytes; by default UTF-8 if they are valid UTF-8, else Windows-1252. */
                encoding?: "utf-8" | "windows-1252";
                /** @description The file's name, shown in the import list. */
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file itself as the body: UTF-8 or Windows-1252 (detected, or `encoding`), delimited by , ; tab or | (detected), header row first. A header of the product's columns (id, name, legal_name, alternative_names, kind, area, address, postcode, website, company_number, charity_number, description, priority_areas, themes, tags, status, owner_email, dialogue_cadence_days, lists, external_ref; required: name, kind, area) maps itself and is dry-run at once; any other header waits in status `mapping` for PUT …/mapping. Rows with an id update that partner; else rows with an external_ref update the partner that has it. application/octet-stream is taken for a fileName ending .csv. */
        requestBody: {
            content: {
                "application/csv": string;
                "application/octet-stream": string;
                "application/vnd.ms-excel": string;
                "text/csv": string;
                "text/plain": string;
                "text/x-csv": string;
            };
        };
        responses: {
            /** @description Stored; the dry run is queued (or waits for the mapping). Poll the import for progress. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImportResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, IMPORT.EMPTY_FILE, IMPORT.WRONG_ENCODING, IMPORT.INVALID_TEXT, IMPORT.CSV_SYNTAX */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.FILE_TOO_LARGE, IMPORT.TOO_MANY_ROWS, REQUEST.PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnerImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImportResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deletePartnerImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.ALREADY_COMMITTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    commitPartnerImport: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitPartnerImportDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImportResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_READY, IMPORT.NOT_MAPPED, IMPORT.ALREADY_COMMITTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnerImportMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImportMappingView"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    mapPartnerImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MapPartnerImportDto"];
            };
        };
        responses: {
            /** @description Mapped; the dry run is queued. Poll the import for progress. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImportResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_MAPPABLE, IMPORT.MAPPING_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.MAPPING_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnerImportValues: {
        parameters: {
            query: {
                /** @description The file column, as the import lists it. */
                column: string;
                /** @description The partner field the column is mapped to. */
                field: "kind" | "area" | "status" | "lists" | "priority_areas" | "themes";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportColumnValues"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.MAPPING_INVALID */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    downloadPartnerImportProblemRows: {
        parameters: {
            query?: {
                /** @description errors: refused rows only; problems: also duplicates and skipped rows. */
                only?: "errors" | "problems";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file (UTF-8 with a byte-order mark). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartnerImportRows: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Only rows the dry run classified so. */
                outcome?: "pending" | "create" | "update" | "unchanged" | "duplicate" | "error" | "merged";
                /** @description Only rows the commit handled so. */
                result?: "created" | "updated" | "unchanged" | "skipped" | "merged";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerImportRowPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR, REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: IMPORT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartnerLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerListResponse"][];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                archived?: "exclude" | "include" | "only";
                /** @description area code */
                area?: string;
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description organisation-kind code */
                kind?: string;
                limit?: number;
                /** @description partner list code */
                list?: string;
                /** @description true: only partners overdue for dialogue (not snoozed). */
                overdue?: "true" | "false";
                /** @description A staff user id, `me`, or `none` (no owner). */
                owner?: string;
                /** @description priority-area code */
                priorityArea?: string;
                /** @description Search: name, legal and alternative names, website domain, company and charity numbers, postcode. Case, accents, apostrophes, punctuation, `&`/`and` and `St`/`St.`/`Saint` do not matter; typos and word order are tolerated. Results come best match first unless another sort is asked for. At least 2 characters. */
                q?: string;
                /** @description Default: `relevance` (best match first) when `q` is given, else `name`; `relevance` without `q` is name order. */
                sort?: "relevance" | "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                status?: "prospect" | "active" | "paused" | "ended";
                tag?: string;
                /** @description theme code */
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.POSSIBLE_DUPLICATE, PARTNER.EXTERNAL_REF_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED, PARTNER.UNKNOWN_OWNER, PARTNER.UNKNOWN_LIST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.ARCHIVED, PARTNER.EXTERNAL_REF_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED, PARTNER.UNKNOWN_OWNER, PARTNER.UNKNOWN_LIST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    archivePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnerAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryResponse"][];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCommitmentRegister: {
        parameters: {
            query?: {
                /** @description Include expired and terminated agreements. */
                includeEnded?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentRegister"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnerConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecordResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnerDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueStatusResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    snoozePartnerDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnoozeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueStatusResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: DIALOGUE.SNOOZE_IN_PAST, DIALOGUE.SNOOZE_TOO_LONG */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    unsnoozePartnerDialogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialogueStatusResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    mergePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergePartnersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.CANNOT_MERGE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    restorePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPartnerTimeline: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Only entries of this type. */
                type?: "meeting" | "action" | "change" | "contact" | "agreement" | "agreement-change" | "signature";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPartnerContacts: {
        parameters: {
            query?: {
                archived?: "exclude" | "include" | "only";
            };
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: DATA_PROTECTION.SUPPRESSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    bulkTagPartners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTagDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPartnersResult"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.BULK_UNKNOWN, PARTNER.TOO_MANY_TAGS */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    bulkAddPartnersToList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPartnersResult"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.BULK_UNKNOWN, PARTNER.UNKNOWN_LIST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    bulkAssignPartnerOwner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignOwnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPartnersResult"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.BULK_UNKNOWN, PARTNER.UNKNOWN_OWNER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    bulkRemovePartnersFromList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPartnersResult"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PARTNER.BULK_UNKNOWN, PARTNER.UNKNOWN_LIST */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    countPartners: {
        parameters: {
            query?: {
                archived?: "exclude" | "include" | "only";
                /** @description area code */
                area?: string;
                /** @description organisation-kind code */
                kind?: string;
                /** @description partner list code */
                list?: string;
                /** @description true: only partners overdue for dialogue (not snoozed). */
                overdue?: "true" | "false";
                /** @description A staff user id, `me`, or `none` (no owner). */
                owner?: string;
                /** @description priority-area code */
                priorityArea?: string;
                /** @description Search: name, legal and alternative names, website domain, company and charity numbers, postcode. Case, accents, apostrophes, punctuation, `&`/`and` and `St`/`St.`/`Saint` do not matter; typos and word order are tolerated. Results come best match first unless another sort is asked for. At least 2 characters. */
                q?: string;
                status?: "prospect" | "active" | "paused" | "ended";
                tag?: string;
                /** @description theme code */
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCount"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    exportPartnersCsv: {
        parameters: {
            query?: {
                archived?: "exclude" | "include" | "only";
                /** @description area code */
                area?: string;
                /** @description organisation-kind code */
                kind?: string;
                /** @description partner list code */
                list?: string;
                /** @description true: only partners overdue for dialogue (not snoozed). */
                overdue?: "true" | "false";
                /** @description A staff user id, `me`, or `none` (no owner). */
                owner?: string;
                /** @description priority-area code */
                priorityArea?: string;
                /** @description Search: name, legal and alternative names, website domain, company and charity numbers, postcode. Case, accents, apostrophes, punctuation, `&`/`and` and `St`/`St.`/`Saint` do not matter; typos and word order are tolerated. Results come best match first unless another sort is asked for. At least 2 characters. */
                q?: string;
                /** @description Default: `relevance` (best match first) when `q` is given, else `name`; `relevance` without `q` is name order. */
                sort?: "relevance" | "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                status?: "prospect" | "active" | "paused" | "ended";
                tag?: string;
                /** @description theme code */
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file (UTF-8 with a byte-order mark). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPlanActivities: {
        parameters: {
            query?: {
                /** @description City outcome code the activity contributes to. */
                outcome?: string;
                /** @description true: only activities past their target date and not done. */
                overdue?: "true" | "false";
                /** @description A staff user id, or `none` for activities nobody owns. */
                owner?: string;
                priority?: "current" | "planned" | "longer-term";
                status?: "not-started" | "on-track" | "at-risk" | "off-track" | "done";
                /** @description Theme code. */
                theme?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityList"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createPlanActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED, PLAN.UNKNOWN_LINK, PLAN.UNKNOWN_OWNER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPlanActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.ACTIVITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updatePlanActivity: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) you last read. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.ACTIVITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.VERSION_CONFLICT, REQUEST.WEAK_ETAG */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED, PLAN.UNKNOWN_LINK, PLAN.UNKNOWN_OWNER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REQUEST.PRECONDITION_REQUIRED */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPlanProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdateResponse"][];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.ACTIVITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    addPlanProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgressUpdateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdateResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.ACTIVITY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.PROGRESS_IN_FUTURE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    correctPlanProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                updateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectProgressUpdateDto"];
            };
        };
        responses: {
            /** @description The correcting update. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdateResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.ACTIVITY_NOT_FOUND, PLAN.PROGRESS_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.PROGRESS_WITHDRAWN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.PROGRESS_IN_FUTURE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawPlanProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                updateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawProgressUpdateDto"];
            };
        };
        responses: {
            /** @description The withdrawn update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdateResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.ACTIVITY_NOT_FOUND, PLAN.PROGRESS_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.PROGRESS_WITHDRAWN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCaseStudies: {
        parameters: {
            query?: {
                /** @description Only case studies linked to this plan activity. */
                activity?: string;
                /** @description Only case studies linked to this partner. */
                partner?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStudyResponse"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseStudyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStudyResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.UNKNOWN_LINK */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStudyResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.CASE_STUDY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseStudyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseStudyResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.CASE_STUDY_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.UNKNOWN_LINK */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPledges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeResponse"][];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPledgeCounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeCountsResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    publishPledgeText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishPledgeTextDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPortalClaims: {
        parameters: {
            query?: {
                status?: "pending" | "active" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approvePortalClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.CLAIM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.CLAIM_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rejectPortalClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectClaimDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.CLAIM_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.CLAIM_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPortalProposals: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPortalProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.PROPOSAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approvePortalProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveProposalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.PROPOSAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.PROPOSAL_DECIDED, PARTNER.VERSION_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rejectPortalProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectProposalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.PROPOSAL_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PORTAL.PROPOSAL_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPublications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationSummaryDoc"][];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    publishPartnerList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishResult"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublicationChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationVersionDiffResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PUBLICATION.VERSION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublicationDiff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationChangesDoc"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PUBLICATION.VERSION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    previewPublication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationPreviewResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listQuarterlyUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyUpdateList"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    freezeQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreezeQuarterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyUpdateResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_FROZEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_STARTED, PLAN.QUARTER_NOT_OVER */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getQuarterlyUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyUpdateResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    previewQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterPreviewResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_STARTED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    publishQuarterlyUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyUpdateResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getQuarterlyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listReferenceEntries: {
        parameters: {
            query?: {
                /** @description Include retired entries (default false). */
                includeRetired?: string;
            };
            header?: never;
            path: {
                category: "area" | "organisation-kind" | "priority-area" | "theme" | "promise" | "pact-commitment" | "city-aim" | "city-outcome" | "agreement-kind";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntryResponse"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createReferenceEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: "area" | "organisation-kind" | "priority-area" | "theme" | "promise" | "pact-commitment" | "city-aim" | "city-outcome" | "agreement-kind";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferenceEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntryResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.CODE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateReferenceEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: "area" | "organisation-kind" | "priority-area" | "theme" | "promise" | "pact-commitment" | "city-aim" | "city-outcome" | "agreement-kind";
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReferenceEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntryResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reorderReferenceEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: "area" | "organisation-kind" | "priority-area" | "theme" | "promise" | "pact-commitment" | "city-aim" | "city-outcome" | "agreement-kind";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderReferenceEntriesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntryResponse"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REFERENCE.ORDER_MISMATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getReferenceUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: "area" | "organisation-kind" | "priority-area" | "theme" | "promise" | "pact-commitment" | "city-aim" | "city-outcome" | "agreement-kind";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceEntryUsageResponse"][];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSavedViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewResponse"][];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSavedViewDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SAVED_VIEW.NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SAVED_VIEW.TOO_MANY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SAVED_VIEW.NOT_OWNER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SAVED_VIEW.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSavedViewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SAVED_VIEW.NOT_OWNER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SAVED_VIEW.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SAVED_VIEW.NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSignatures: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
                /** @description Pledge slug. */
                pledge?: string;
                /** @description `verified` = awaiting approval. */
                status?: "submitted" | "verified" | "approved" | "rejected" | "suspended" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignaturePage"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approveSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveSignatureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.NOT_FOUND, PARTNER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.INVALID_TRANSITION, PARTNER.POSSIBLE_DUPLICATE, PARTNER.ARCHIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.APPROVAL_CHOICE_REQUIRED, REFERENCE.RETIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSignatureConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecordResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rejectSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    suspendSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.INVALID_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listTeamMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMember"][];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTeamWork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamWorkResponse"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"][];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PASSWORD.TOO_COMMON */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.CANNOT_CHANGE_SELF */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem: REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.INVITATION_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    putUserReminderPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReminderPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreferencesResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED, REQUEST.BAD_REQUEST */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: AUTH.FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: USER.EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 5545 calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Problem: CALENDAR.FEED_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    getPublishedPartners: {
        parameters: {
            query?: {
                /** @description A page of 50 partners (1-based); absent: the whole list. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest snapshot, or one page of it */
            200: {
                headers: {
                    /** @description With `page`: the first, prev, next and last pages (RFC 8288). */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REQUEST.VALIDATION_FAILED (page is not a number from 1) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PUBLICATION.NONE_YET, PUBLICATION.PAGE_NOT_FOUND (past the last page) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublishedPartnersCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest snapshot as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": Record<string, never>;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PUBLICATION.NONE_YET */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublishedPartnerChanges: {
        parameters: {
            query: {
                since: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The differences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PUBLICATION.NONE_YET, PUBLICATION.VERSION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublishedPartnersVersion: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description That version: its JSON document, or with format=csv its CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/csv": string;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description PUBLICATION.VERSION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublicPledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPledgeResponse"];
                };
            };
            /** @description Problem: PLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    signPledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignPledgeDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureReceivedResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLEDGE.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLEDGE.TEXT_CHANGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: REFERENCE.UNKNOWN, REFERENCE.RETIRED, PLEDGE.UNKNOWN_COMMITMENT */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLEDGE.RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listPublicQuarterlyUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyUpdateList"];
                };
            };
        };
    };
    getPublicQuarterlyUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuarterlyUpdateResponse"];
                };
            };
            /** @description Problem: PLAN.QUARTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublicQuarterlyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Problem: PLAN.QUARTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getPublishedSignatories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signatories of the latest snapshot */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Not modified (If-None-Match / If-Modified-Since matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PUBLICATION.NONE_YET */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    withdrawNameDisplay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawNameDisplayDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NameDisplayWithdrawnResponse"];
                };
            };
            /** @description Problem: REQUEST.VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLEDGE.TOKEN_INVALID */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: PLEDGE.TOKEN_USED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Problem: SIGNATURE.NO_NAME_DISPLAY */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
