export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
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
        /** Readiness: database and queue reachable (503 otherwise) */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
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
        /** 登录 Log in with username and password; returns a bearer token. Failed attempts are rate-limited. */
        post: operations["AuthController_login"];
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
        /** 当前用户 The signed-in user with roles and collegeId */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change your own password; other sessions are signed out */
        post: operations["AuthController_changePassword"];
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
        /** 用户列表 List users; a college leader sees only their own college */
        get: operations["UsersController_list"];
        put?: never;
        /** 创建用户 Create a user with roles (and a college for college roles) */
        post: operations["UsersController_create"];
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
        /** 用户详情 One user; a college leader only within their own college */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改用户 Change name, roles, college, contact or disable; role changes and disabling sign the user out */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset a user’s password; their sessions are signed out */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/colleges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学院列表 List colleges (reference data) */
        get: operations["CollegesController_list"];
        put?: never;
        /** 新建学院 Create a college */
        post: operations["CollegesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/colleges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学院详情 One college */
        get: operations["CollegesController_get"];
        put?: never;
        post?: never;
        /** 删除学院 Delete a college that nothing refers to (409 in_use otherwise) */
        delete: operations["CollegesController_remove"];
        options?: never;
        head?: never;
        /** 修改学院 Rename or change contacts; a college leader only their own college */
        patch: operations["CollegesController_update"];
        trace?: never;
    };
    "/api/v1/majors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专业列表 List majors, `?collegeId=` for one college */
        get: operations["MajorsController_list"];
        put?: never;
        /** 新建专业 Create a major; a college leader only in their own college */
        post: operations["MajorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/majors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专业详情 One major */
        get: operations["MajorsController_get"];
        put?: never;
        post?: never;
        /** 删除专业 Delete a major nothing refers to; a college leader only their own college’s */
        delete: operations["MajorsController_remove"];
        options?: never;
        head?: never;
        /** 修改专业 Rename a major; a college leader only their own college’s */
        patch: operations["MajorsController_update"];
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合作单位台账 List partners; filter by kind, status, industry, owning college; `q` searches name and credit code */
        get: operations["PartnersController_list"];
        put?: never;
        /** 登记合作单位 Register a partner; a duplicate credit code is 409 duplicate_credit_code */
        post: operations["PartnersController_create"];
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
        /** 合作单位详情 One partner; ETag carries its version */
        get: operations["PartnersController_get"];
        put?: never;
        post?: never;
        /** 删除合作单位 Delete a partner nothing refers to (409 in_use otherwise) */
        delete: operations["PartnersController_remove"];
        options?: never;
        head?: never;
        /** 修改合作单位 Edit a partner; college users only the partners their college registered */
        patch: operations["PartnersController_update"];
        trace?: never;
    };
    "/api/v1/partners/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更台账状态 Move a partner between incubating, active and eliminated; every change is kept with its date */
        post: operations["PartnersController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/status-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账状态历史 Every status change of a partner, oldest first */
        get: operations["PartnersController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程定义 Every state (中文/English labels) and every transition with its roles, required documents and fields, read from the machine */
        get: operations["WorkflowController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/monthly-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月报流程定义 The monthly report machine: its states (draft, submitted, signedOff), events (SUBMIT, SIGN_OFF, RETURN, RECALL) and who sends each */
        get: operations["WorkflowController_monthlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workflow/diagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流程图 A Mermaid state diagram generated from the machine */
        get: operations["WorkflowController_diagramText"];
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
        /** 合作项目列表 List agreements: filters stage, collegeId, partnerId, cooperationType, q (title, partner name or filing number), overdue; a college sees its own, departments the filed ones. Page by `page` or by `cursor` (send back `nextCursor`); `total` is exact up to 10,000 (1,000 with `q`) and an estimate above (`totalEstimated`) */
        get: operations["AgreementsController_list"];
        put?: never;
        /** 新建合作项目 Create an agreement at 调研; college users for their own college; demonstration forced for co-built majors, colleges and training bases */
        post: operations["AgreementsController_create"];
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
        /** 合作项目详情 One agreement with its state, content and the events the caller could send now (allowedEvents); ETag carries the version */
        get: operations["AgreementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改合作项目 Edit title, content, term or majors — only the owning college, only at 调研, 材料准备 or 拟定协议 */
        patch: operations["AgreementsController_update"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 流转 Send a lifecycle event. 403 wrong role or college; 409 not allowed in this state or version conflict (body has the current state); 422 requirements not met (errors list each missing document or field) */
        post: operations["AgreementsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流转记录 Every transition, oldest first: who (user and roles), when, event, from, to, comment, data and the documents that satisfied the guards */
        get: operations["AgreementsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/nudge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办 Remind the reviewers of the step the agreement waits at; by its college, at most once a day (429 otherwise) */
        post: operations["FollowUpController_nudge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-check-obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学期自查任务 Each running agreement owes one self-check per semester: fulfilled, pending or late */
        get: operations["FollowUpController_obligations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 邀请论证专家 (会签) The center invites experts to the demonstration: each gets a work item and read access, and records RECORD_OPINION after uploading an opinion; all approve → center review, any rejection → back to the college. 422 for a user who is not an expert */
        post: operations["DemonstrationController_invite"];
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
        /** 材料列表 Current version of each kind (all archive photos and other files); `?all=true` for every version */
        get: operations["DocumentsController_list"];
        put?: never;
        /** 上传材料 Upload a document (PDF, Office, images; size-limited). The owning college, and whoever may send an event that needs the kind (center: demonstration opinion, settlement; legal: its opinion). A new upload of a kind is its next version */
        post: operations["DocumentsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载材料 Stream a document’s bytes, for whoever may read its agreement */
        get: operations["DocumentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办 Work items waiting for the caller (by name, role and college, delegation, or as a deputy); filters kind, collegeId; counts per kind */
        get: operations["TasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办详情 One work item with its log (transfer, delegate, resolve, cc, urge); for whoever it waits on, its college and the center */
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转办 Hand my item to a colleague who may do the step (422 otherwise); only whoever it waits on (403) */
        post: operations["TasksController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委派 Ask someone; they answer with resolve and the item returns to me, who acts */
        post: operations["TasksController_delegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委派答复 The delegate answers; the item goes back to the delegator */
        post: operations["TasksController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/cc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 抄送 A read-only copy with a note: each gets an inbox notice and read access to that record, and cannot act */
        post: operations["TasksController_cc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办 Remind whoever the item waits on now (deputies and delegate too); the subject’s college or the center; once a day (429) */
        post: operations["TasksController_urge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/deputy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的代理人 The caller’s deputy and period (null when none) */
        get: operations["TasksController_deputy"];
        /** 设置代理人 Name a deputy {userId, from, to} (Shanghai dates, inclusive): same role, same college for college roles; items go to both */
        put: operations["TasksController_setDeputy"];
        post?: never;
        /** 取消代理 End the deputy period now */
        delete: operations["TasksController_clearDeputy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月报列表 Reports; a college sees its own */
        get: operations["MonthlyReportsController_list"];
        put?: never;
        /** 新建月报 Draft the college’s report for a month (one per month; due before the 5th, none in vacation months) */
        post: operations["MonthlyReportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月报上报情况 Colleges × months: on_time / late / missing / pending / vacation, with the punctuality score (10, −1 per late or missing) */
        get: operations["MonthlyReportsController_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月报附件 The report’s attachments */
        get: operations["MonthlyReportsController_attachments"];
        put?: never;
        /** 上传月报附件 Attach a file (PDF, Office, images) to a draft or returned report */
        post: operations["MonthlyReportsController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载月报附件 Stream an attachment, for whoever may read its report */
        get: operations["MonthlyReportsController_attachmentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月报详情 One report; ETag carries its version (send it back as If-Match when editing) */
        get: operations["MonthlyReportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改月报 Edit a draft or returned report; If-Match honoured */
        patch: operations["MonthlyReportsController_update"];
        trace?: never;
    };
    "/api/v1/monthly-reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交审核 Submit for the college leader’s sign-off */
        post: operations["MonthlyReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核上报 The college leader signs off: reported to the center, timestamped (on time before the due moment) */
        post: operations["MonthlyReportsController_signOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改 The college leader returns the report with a comment */
        post: operations["MonthlyReportsController_returnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 The sender takes a submitted report back while the college leader has not acted on it (409 once they have) */
        post: operations["MonthlyReportsController_recall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monthly-reports/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流转记录 Every step of the report: who, when, event, from, to, comment */
        get: operations["MonthlyReportsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校历 Vacation months, the monthly due day, reminder offsets and the semesters */
        get: operations["CalendarController_get"];
        /** 修改校历设置 Change vacation months, the due day, the first month or reminder offsets */
        put: operations["CalendarController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/semesters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增学期 Add a semester with its self-check due date */
        post: operations["CalendarController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/semesters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除学期 Delete a semester */
        delete: operations["CalendarController_remove"];
        options?: never;
        head?: never;
        /** 修改学期 Change a semester’s dates */
        patch: operations["CalendarController_updateSemester"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 站内信 Your notifications, newest first; `?unread=true` for unread only */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未读数 How many of your notifications are unread */
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部已读 Mark all your notifications read */
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 Mark one of your notifications read (404 for anyone else’s) */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即运行提醒 Run every sweep now and relay the outbox; idempotent — running it twice sends nothing twice */
        post: operations["AdminController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即清理 Purge now what the retention settings no longer keep (old published outbox rows, idempotency keys, finished deliveries, expired login counters); runs daily by itself */
        post: operations["AdminController_purge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递记录 Deliveries with every attempt; `?status=failed` lists the permanent failures */
        get: operations["AdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新投递 Retry a failed delivery */
        post: operations["AdminController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 队列状态 The queue backend and the outbox events not yet relayed; jobs, counts, failures and retries are on the queue dashboard at /admin/queues (bull-board) */
        get: operations["AdminController_queueStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Test runs only (TEST_CLOCK): set the service clock */
        put: operations["AdminController_setClock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核表流程定义 The sheet machine: its states (drafting, submitted, final, published), events (SUBMIT, RETURN, FINALIZE, PUBLISH) with labels and who sends each */
        get: operations["AssessmentController_workflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系列表 Every template key with its latest published version and its draft */
        get: operations["AssessmentController_listTemplates"];
        put?: never;
        /** 新建指标体系 A new template (version 1, draft), validated as a whole: every error listed */
        post: operations["AssessmentController_createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/templates/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标体系 One template as its tree: the latest published version, or ?version= */
        get: operations["AssessmentController_getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/templates/{key}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 编辑草稿 Create or replace the next version’s draft (latest published + 1); a published version never changes */
        put: operations["AssessmentController_putDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/templates/{key}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布指标体系 Freeze the draft as the latest published version */
        post: operations["AssessmentController_publishTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核周期列表 Cycles with their sheets’ states; a college sees its own sheet in each */
        get: operations["AssessmentController_listCycles"];
        put?: never;
        /** 开启考核周期 A template’s published version + a year: one sheet per subject (every college unless listed); 409 for a second cycle of the same template and year */
        post: operations["AssessmentController_openCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核周期 One cycle with its sheets’ states */
        get: operations["AssessmentController_getCycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布结果 PUBLISH the whole cycle once every sheet is final (409 listing those that are not) */
        post: operations["AssessmentController_cycleEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核结果 Rows {subjectId, name, s1, s2, final, rank, verdict}, final descending, shared ranks; a college sees its own row */
        get: operations["AssessmentController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核表 Every node with points, inputs, proposal and evidence, self score, assessor scores, group score; totals, state, allowed events */
        get: operations["AssessmentController_sheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/sheets/{sheetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核表位置 Where one sheet lives (cycle and subject), for whoever may read it: work items link to sheets by id */
        get: operations["AssessmentController_sheetRef"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/consortiums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 市域产教联合体 The consortiums the consortium templates assess */
        get: operations["AssessmentController_consortiums"];
        put?: never;
        /** 登记联合体 Register a consortium (a subject of consortium-standard / consortium-indicators cycles) */
        post: operations["AssessmentController_createConsortium"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/items/{code}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传佐证材料 Attach an evidence file (PDF, Office, images) to one indicator while drafting */
        post: operations["AssessmentController_uploadEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 佐证材料 The sheet’s evidence files, by indicator */
        get: operations["AssessmentController_evidenceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料 Stream an evidence file, for whoever may read its sheet */
        get: operations["AssessmentController_evidenceContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核表流转记录 Every step of the sheet: who, when, event, from, to, reason */
        get: operations["AssessmentController_sheetHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度数据 seeds/004’s yearly figures (2023 actual, 2024–2026 committed) and later actuals compared with the commitments */
        get: operations["AssessmentController_figures"];
        /** 填报年度数据 One yearly figure {code, input?, year, kind (actual | committed), value} while drafting */
        put: operations["AssessmentController_putFigure"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填报指标 Fill one indicator while drafting: inputs, selfScore (a value other than the proposal needs a note), selected, note */
        put: operations["AssessmentController_fill"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/scores/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 考核组评分 One assessor’s score for one leaf while submitted; never for the assessor’s own college (403) */
        put: operations["AssessmentController_score"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 考核表流转 SUBMIT (college leader; 409 listing what is missing), RETURN {reason} or FINALIZE (the center, once enough assessors scored every leaf) */
        post: operations["AssessmentController_sheetEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出考核结果 The ranking as xlsx: Chinese headers, final and rank as cell formulas, print-ready */
        get: operations["AssessmentController_exportResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出考核表 One sheet as xlsx: every indicator, group sums, S1, S2 and the final as formulas, the evidence on a second sheet */
        get: operations["AssessmentController_exportSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/cycles/{id}/sheets/{subjectId}/self-report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出自评报告 The 自评报告 as .docx following seeds/000’s sections, with the 指标自查表 filled */
        get: operations["AssessmentController_exportSelfReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据看板 Agreements per college × top-level stage, overdue filings, supervision, self-checks owed and this year’s monthly-report punctuality; a college user sees their own college */
        get: operations["DashboardController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 打开队列面板 Open a session for the queue dashboard (bull-board at /admin/queues): sets a short-lived HttpOnly cookie for that path only; call it, then open the page */
        post: operations["QueueBoardController_open"];
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
        LivenessDto: {
            /** @enum {string} */
            status: "ok";
        };
        CheckDto: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description How long the check took */
            ms?: number;
            /** @description Why it is down */
            error?: string;
        };
        QueueCheckDto: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description How long the check took */
            ms?: number;
            /** @description Why it is down */
            error?: string;
            /** @enum {string} */
            backend: "redis" | "postgres";
        };
        ReadinessChecksDto: {
            database: components["schemas"]["CheckDto"];
            queue: components["schemas"]["QueueCheckDto"];
        };
        ReadinessDto: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            /**
             * @description The run mode
             * @enum {string}
             */
            mode: "embedded" | "single" | "production";
            checks: components["schemas"]["ReadinessChecksDto"];
        };
        /** @description One bad field (400) or one unmet requirement (422); field-level codes have their own vocabulary */
        FieldError: {
            /**
             * @description The field, dotted when nested: `title`, `data.figures.funds`, `If-Match`
             * @example data.signedAt
             */
            field?: string;
            /**
             * @description required, wrong_type, unknown_field, too_long, too_short, out_of_range, not_allowed_value, invalid_format, invalid_credit_code, not_found, other_college, partner_eliminated, missing_document, stale_document, missing_any_document, missing_content, missing_field, invalid_field, outside_window, …
             * @example missing_document
             */
            code: string;
            /** @description The code explained in the caller’s language (Accept-Language) */
            message?: string;
            /** @description The validator’s own words, in English */
            detail?: string;
            /**
             * @description The document kind a missing_document or stale_document names
             * @example research_report
             */
            kind?: string;
            /** @description The kinds of which any one would do (missing_any_document) */
            kinds?: string[];
            /**
             * Format: uuid
             * @description The major a `majorIds` problem names
             */
            majorId?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description application/problem+json: a stable `code`, the HTTP `status`, texts in the caller’s language; some codes add members (statePath, version, …) */
        Problem: {
            /**
             * @description `urn:coop:error:<code>`
             * @example urn:coop:error:not_found
             */
            type: string;
            /** @description The code’s message in the caller’s language */
            title: string;
            /**
             * @description The HTTP status, always
             * @example 404
             */
            status: number;
            /**
             * @description Stable: clients branch on it
             * @enum {string}
             */
            code: "validation_failed" | "malformed_json" | "unauthenticated" | "invalid_token" | "invalid_credentials" | "account_disabled" | "forbidden_role" | "forbidden_college" | "not_found" | "route_not_found" | "method_not_allowed" | "duplicate" | "duplicate_credit_code" | "duplicate_username" | "version_conflict" | "event_not_allowed" | "read_only" | "not_editable" | "incomplete" | "in_use" | "precondition_required" | "payload_too_large" | "unsupported_media_type" | "requirements_not_met" | "idempotency_key_reused" | "unprocessable" | "too_many_login_attempts" | "too_many_requests" | "service_unavailable" | "internal_error";
            /** @description What went wrong, in the caller’s language */
            detail: string;
            /** @description Each bad field (400) or unmet requirement (422) */
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description An agreement’s current state path (409, 422 on agreements)
             * @example agreement.centerReview
             */
            statePath?: string;
            /** @description The machine’s state value (409 on events): a name, or an object for nested states */
            state?: string | {
                [key: string]: unknown;
            };
            /** @description The agreement’s stage (409 on events) */
            stage?: string;
            /** @description The record’s current version (409 on agreements and monthly reports) */
            version?: number;
            /** @description A partner’s current version (409 version_conflict on partners) */
            currentVersion?: number;
            /** @description A monthly report’s own status (409 on monthly reports; `status` is the HTTP status) */
            reportStatus?: string;
            /** @description Seconds until the login lock ends (429 too_many_login_attempts) */
            retryAfterSeconds?: number;
        } & {
            [key: string]: unknown;
        };
        LoginDto: {
            /** @description 用户名 */
            username: string;
            /** @description 密码 */
            password: string;
        };
        CollegeRefDto: {
            /** Format: uuid */
            id: string;
            /** @example 智能制造学院 */
            name: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** @example c1staff */
            username: string;
            displayName: string;
            email: string | null;
            phone: string | null;
            roles: ("college_staff" | "college_leader" | "center_staff" | "center_director" | "legal" | "school_leader" | "department" | "assessor" | "expert" | "admin")[];
            /**
             * Format: uuid
             * @description The college of a college user
             */
            collegeId: string | null;
            college: components["schemas"]["CollegeRefDto"] | null;
            disabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LoginResultDto: {
            /** @description Send as `Authorization: Bearer <accessToken>` */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            user: components["schemas"]["UserDto"];
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 8 characters. */
            newPassword: string;
        };
        /** @description The page of a list: `total` matching records, `page` from 1, `pageSize` at most 100 */
        PageMeta: {
            /** @description Records matching the filters, on every page */
            total: number;
            page: number;
            pageSize: number;
        };
        /** @description Keyset paging and how `total` was counted */
        KeysetMeta: {
            /** @description Opaque; send it back as `cursor` (with the same `sort` and filters) for the next page. null on the last page */
            nextCursor: string | null;
            /** @description true when `total` is the planner’s estimate (more than 10,000 records match; 1,000 with a search `q`), false when it was counted exactly */
            totalEstimated: boolean;
        };
        CreateUserDto: {
            /** @description Letters, digits, `.`, `_` and `-`; case-insensitively unique. */
            username: string;
            displayName: string;
            /** @description At least 8 characters. */
            password: string;
            roles: ("college_staff" | "college_leader" | "center_staff" | "center_director" | "legal" | "school_leader" | "department" | "assessor" | "expert" | "admin")[];
            /**
             * Format: uuid
             * @description Required for college_staff and college_leader.
             */
            collegeId?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
        };
        UpdateUserDto: {
            displayName?: string;
            roles?: ("college_staff" | "college_leader" | "center_staff" | "center_director" | "legal" | "school_leader" | "department" | "assessor" | "expert" | "admin")[];
            /** Format: uuid */
            collegeId?: string | null;
            disabled?: boolean;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
        };
        ResetPasswordDto: {
            password: string;
        };
        College: {
            id: string;
            code: string;
            name: string;
            contactName: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateCollegeDto: {
            /** @description Short stable code, e.g. `MECH`. */
            code: string;
            name: string;
            contactName?: string | null;
            contactPhone?: string | null;
        };
        UpdateCollegeDto: {
            name?: string;
            contactName?: string | null;
            contactPhone?: string | null;
        };
        Major: {
            id: string;
            collegeId: string;
            code: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateMajorDto: {
            /** Format: uuid */
            collegeId: string;
            /** @description National major code or a local code, unique across the school. */
            code: string;
            name: string;
        };
        UpdateMajorDto: {
            name?: string;
        };
        Partner: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "other" | "government" | "enterprise" | "association" | "institute" | "park";
            creditCode: string;
            industry: string | null;
            address: string | null;
            contactName: string | null;
            contactPhone: string | null;
            notes: string | null;
            /** @enum {string} */
            status: "active" | "eliminated" | "incubating";
            /** Format: date-time */
            statusChangedAt: string;
            ownerCollegeId: string | null;
            createdBy: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreatePartnerDto: {
            /** @description 单位名称 */
            name: string;
            /** @enum {string} */
            kind: "enterprise" | "association" | "institute" | "park" | "government" | "other";
            /** @description 统一社会信用代码, 18 characters with a valid check character; unique. */
            creditCode: string;
            industry?: string | null;
            address?: string | null;
            contactName?: string | null;
            contactPhone?: string | null;
            notes?: string | null;
            /**
             * @description Initial ledger status; `incubating` by default.
             * @enum {string}
             */
            status?: "incubating" | "active" | "eliminated";
        };
        UpdatePartnerDto: {
            name?: string;
            /** @enum {string} */
            kind?: "enterprise" | "association" | "institute" | "park" | "government" | "other";
            creditCode?: string;
            industry?: string | null;
            address?: string | null;
            contactName?: string | null;
            contactPhone?: string | null;
            notes?: string | null;
        };
        ChangePartnerStatusDto: {
            /** @enum {string} */
            status: "incubating" | "active" | "eliminated";
            /** @description Why (e.g. 淘汰原因); kept in the ledger history. */
            reason?: string;
        };
        PartnerStatusChange: {
            id: string;
            partnerId: string;
            /** @enum {string|null} */
            fromStatus: "active" | "eliminated" | "incubating" | null;
            /** @enum {string} */
            toStatus: "active" | "eliminated" | "incubating";
            reason: string | null;
            changedBy: string | null;
            /** Format: date-time */
            changedAt: string;
        };
        LabelDto: {
            /** @example 调研 */
            zh: string;
            /** @example Research */
            en: string;
        };
        TransitionDescriptionDto: {
            /** @enum {string} */
            event: "SUBMIT" | "RECORD_DEMONSTRATION" | "APPROVE" | "REJECT" | "DECLINE" | "WITHDRAW" | "RECORD_SIGNING" | "REGISTER_FILING" | "SUBMIT_SELF_CHECK" | "REVIEW_PASS" | "REVIEW_RECTIFY" | "ISSUE_SUPERVISION_NOTICE" | "CONFIRM_RECTIFIED" | "REQUEST_TERMINATION" | "COMPLETE_TERMINATION" | "RENEW" | "EXIT" | "ARCHIVE" | "DEADLINE_PASSED" | "REQUIRE_DEMONSTRATION" | "INVITE_EXPERTS" | "RECORD_OPINION" | "RETURN" | "RECALL";
            /** @description The state it leads to; null when it stays */
            target: string | null;
            /** @description Who may send it (`system` is the scheduler) */
            roles: string[];
            /** @description Documents that must exist */
            documents: ("research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other")[];
            /** @description Of `documents`, those uploaded anew for this step */
            freshDocuments: ("research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other")[];
            /** @description Any one of these */
            anyDocument: ("research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other")[];
            /** @description May be attached */
            attachments: ("research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other")[];
            /** @enum {string} */
            comment: "required" | "optional" | "none";
            /** @description The data fields the event takes */
            fields: string[];
            /** @description Further conditions of this branch */
            conditions: string[];
            /** @description RETURN: the state it sends the agreement back to; RECALL: the step it takes back */
            to?: string;
        };
        StateDescriptionDto: {
            /** @example agreement.legalReview */
            path: string;
            label: components["schemas"]["LabelDto"];
            /** @enum {string} */
            type: "atomic" | "compound" | "final";
            /** @description A compound state’s first child */
            initial: string | null;
            transitions: components["schemas"]["TransitionDescriptionDto"][];
        };
        EventLabelDto: {
            /** @enum {string} */
            type: "SUBMIT" | "RECORD_DEMONSTRATION" | "APPROVE" | "REJECT" | "DECLINE" | "WITHDRAW" | "RECORD_SIGNING" | "REGISTER_FILING" | "SUBMIT_SELF_CHECK" | "REVIEW_PASS" | "REVIEW_RECTIFY" | "ISSUE_SUPERVISION_NOTICE" | "CONFIRM_RECTIFIED" | "REQUEST_TERMINATION" | "COMPLETE_TERMINATION" | "RENEW" | "EXIT" | "ARCHIVE" | "DEADLINE_PASSED" | "REQUIRE_DEMONSTRATION" | "INVITE_EXPERTS" | "RECORD_OPINION" | "RETURN" | "RECALL";
            label: components["schemas"]["LabelDto"];
        };
        DocumentKindLabelDto: {
            /** @enum {string} */
            kind: "research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other";
            label: components["schemas"]["LabelDto"];
        };
        TerminationReasonLabelDto: {
            /** @enum {string} */
            reason: "expired" | "renewed" | "early_termination" | "non_performance" | "withdrawn" | "declined";
            label: components["schemas"]["LabelDto"];
        };
        WorkflowDescriptionDto: {
            /** @example agreement@1 */
            machine: string;
            /** @example research */
            initial: string;
            states: components["schemas"]["StateDescriptionDto"][];
            events: components["schemas"]["EventLabelDto"][];
            documentKinds: components["schemas"]["DocumentKindLabelDto"][];
            terminationReasons: components["schemas"]["TerminationReasonLabelDto"][];
        };
        MachineTransitionDto: {
            event: string;
            target: string | null;
            roles: string[];
            /** @enum {string} */
            comment: "required" | "optional" | "none";
            fields: string[];
            documents: string[];
            conditions: string[];
            to?: string;
        };
        MachineStateDto: {
            path: string;
            label: components["schemas"]["LabelDto"];
            /** @enum {string} */
            type: "atomic" | "compound" | "final";
            initial: string | null;
            transitions: components["schemas"]["MachineTransitionDto"][];
        };
        MachineEventDto: {
            type: string;
            label: components["schemas"]["LabelDto"];
        };
        MachineDescriptionDto: {
            /** @example monthlyReport@1 */
            machine: string;
            initial: string;
            states: components["schemas"]["MachineStateDto"][];
            events: components["schemas"]["MachineEventDto"][];
        };
        CreateAgreementDto: {
            title: string;
            /** Format: uuid */
            partnerId: string;
            /** @enum {string} */
            cooperationType: "major_building" | "order_class" | "apprenticeship" | "internship" | "training_base" | "faculty" | "industry_college" | "rnd" | "other";
            /** @description At least one major: every project serves a study programme of the college. */
            majorIds: string[];
            /** @description A leader may ask for expert demonstration; it is forced for co-built majors, colleges and training bases. */
            requiresDemonstration?: boolean;
            /**
             * Format: uuid
             * @description Only for admins and the center creating on a college's behalf; college users create for their own college.
             */
            collegeId?: string;
        };
        PartnerRefDto: {
            /** Format: uuid */
            id: string;
            /** @example 晋中示例智能科技有限公司 */
            name: string | null;
        };
        AgreementContentDto: {
            nameAndScope?: string | null;
            purpose?: string | null;
            mode?: string | null;
            details?: string | null;
            rightsAndObligations?: string | null;
            partnerInvestment?: string | null;
            collegeResources?: string | null;
            facilitiesAndCosts?: string | null;
            incomeDistribution?: string | null;
            terminationConditions?: string | null;
            breachLiability?: string | null;
        };
        DemonstrationDto: {
            experts: string[];
            /** @description expert user id → opinion */
            opinions: {
                [key: string]: "approve" | "reject";
            };
        };
        RequirementDto: {
            /** @enum {string} */
            code: "missing_document" | "stale_document" | "missing_own_document" | "missing_any_document" | "missing_content" | "missing_field" | "invalid_field" | "outside_window";
            /**
             * @description missing_document, stale_document, missing_own_document
             * @enum {string}
             */
            kind?: "research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other";
            /** @description missing_any_document: any one of these */
            kinds?: ("research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other")[];
            /** @description missing_content, missing_field, invalid_field */
            field?: string;
            detail?: string;
        };
        AllowedEventDto: {
            /** @enum {string} */
            type: "SUBMIT" | "RECORD_DEMONSTRATION" | "APPROVE" | "REJECT" | "DECLINE" | "WITHDRAW" | "RECORD_SIGNING" | "REGISTER_FILING" | "SUBMIT_SELF_CHECK" | "REVIEW_PASS" | "REVIEW_RECTIFY" | "ISSUE_SUPERVISION_NOTICE" | "CONFIRM_RECTIFIED" | "REQUEST_TERMINATION" | "COMPLETE_TERMINATION" | "RENEW" | "EXIT" | "ARCHIVE" | "DEADLINE_PASSED" | "REQUIRE_DEMONSTRATION" | "INVITE_EXPERTS" | "RECORD_OPINION" | "RETURN" | "RECALL";
            /** @description Nothing is missing: sending it now succeeds (given its data) */
            ready: boolean;
            missing: components["schemas"]["RequirementDto"][];
            /** @description The data fields the event takes */
            fields: string[];
            /** @enum {string} */
            comment: "required" | "optional" | "none";
            /** @description The document kinds the step needs */
            documents: string[];
            /** @description RETURN: the earlier steps (state paths) the caller may send the agreement back to, as data.to */
            targets?: string[];
        };
        AgreementDetailDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            collegeId: string;
            /** Format: uuid */
            partnerId: string;
            partner: components["schemas"]["PartnerRefDto"];
            /** @enum {string} */
            cooperationType: "major_building" | "order_class" | "apprenticeship" | "internship" | "training_base" | "faculty" | "industry_college" | "rnd" | "other";
            majorIds: string[];
            requiresDemonstration: boolean;
            /**
             * @description The top-level state
             * @enum {string}
             */
            stage: "research" | "feasibility" | "agreement" | "signing" | "filing" | "selfCheck" | "review" | "supervision" | "terminating" | "archiving" | "terminated";
            /**
             * @description The dotted path of the current leaf state
             * @example agreement.legalReview
             * @enum {string}
             */
            statePath: "research" | "feasibility.preparing" | "feasibility.demonstration" | "feasibility.centerReview" | "agreement.drafting" | "agreement.centerReview" | "agreement.legalReview" | "agreement.presidentMeeting" | "agreement.partyCommittee" | "signing" | "filing.awaitingSubmission" | "filing.awaitingRegistration" | "selfCheck" | "review" | "supervision" | "terminating.awaitingApproval" | "terminating.settlement" | "archiving" | "terminated";
            stateLabel: components["schemas"]["LabelDto"] | null;
            /** @description Also the ETag; send it back as If-Match */
            version: number;
            /**
             * Format: date
             * @example 2026-09-01
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2026-09-01
             */
            endDate: string | null;
            /**
             * Format: date
             * @description The signing date, a Shanghai calendar date
             * @example 2026-09-01
             */
            signedAt: string | null;
            /**
             * Format: date-time
             * @description End of the 7th day after signing, Shanghai
             */
            filingDueAt: string | null;
            /** Format: date-time */
            filedAt: string | null;
            filingLate: boolean;
            /** @example BA-2026-00001 */
            filingNumber: string | null;
            /** Format: date-time */
            supervisionDeadline: string | null;
            /** @description A filing or supervision deadline passed */
            overdue: boolean;
            /** @enum {string|null} */
            terminationReason: "expired" | "renewed" | "early_termination" | "non_performance" | "withdrawn" | "declined" | null;
            /** Format: uuid */
            predecessorId: string | null;
            /** Format: uuid */
            successorId: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the agreement entered its current state
             */
            enteredStateAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The machine’s state value
             * @example {
             *       "agreement": "drafting"
             *     }
             */
            state: string | {
                [key: string]: unknown;
            };
            content: components["schemas"]["AgreementContentDto"];
            /**
             * @description The semester of the self-check under review
             * @example 2026-2027-1
             */
            semester: string | null;
            passedSemesters: string[];
            demonstration: components["schemas"]["DemonstrationDto"];
            /** @description What the caller could send now */
            allowedEvents: components["schemas"]["AllowedEventDto"][];
        };
        AgreementSummaryDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            collegeId: string;
            /** Format: uuid */
            partnerId: string;
            partner: components["schemas"]["PartnerRefDto"];
            /** @enum {string} */
            cooperationType: "major_building" | "order_class" | "apprenticeship" | "internship" | "training_base" | "faculty" | "industry_college" | "rnd" | "other";
            majorIds: string[];
            requiresDemonstration: boolean;
            /**
             * @description The top-level state
             * @enum {string}
             */
            stage: "research" | "feasibility" | "agreement" | "signing" | "filing" | "selfCheck" | "review" | "supervision" | "terminating" | "archiving" | "terminated";
            /**
             * @description The dotted path of the current leaf state
             * @example agreement.legalReview
             * @enum {string}
             */
            statePath: "research" | "feasibility.preparing" | "feasibility.demonstration" | "feasibility.centerReview" | "agreement.drafting" | "agreement.centerReview" | "agreement.legalReview" | "agreement.presidentMeeting" | "agreement.partyCommittee" | "signing" | "filing.awaitingSubmission" | "filing.awaitingRegistration" | "selfCheck" | "review" | "supervision" | "terminating.awaitingApproval" | "terminating.settlement" | "archiving" | "terminated";
            stateLabel: components["schemas"]["LabelDto"] | null;
            /** @description Also the ETag; send it back as If-Match */
            version: number;
            /**
             * Format: date
             * @example 2026-09-01
             */
            startDate: string | null;
            /**
             * Format: date
             * @example 2026-09-01
             */
            endDate: string | null;
            /**
             * Format: date
             * @description The signing date, a Shanghai calendar date
             * @example 2026-09-01
             */
            signedAt: string | null;
            /**
             * Format: date-time
             * @description End of the 7th day after signing, Shanghai
             */
            filingDueAt: string | null;
            /** Format: date-time */
            filedAt: string | null;
            filingLate: boolean;
            /** @example BA-2026-00001 */
            filingNumber: string | null;
            /** Format: date-time */
            supervisionDeadline: string | null;
            /** @description A filing or supervision deadline passed */
            overdue: boolean;
            /** @enum {string|null} */
            terminationReason: "expired" | "renewed" | "early_termination" | "non_performance" | "withdrawn" | "declined" | null;
            /** Format: uuid */
            predecessorId: string | null;
            /** Format: uuid */
            successorId: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the agreement entered its current state
             */
            enteredStateAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateAgreementDto: {
            title?: string;
            content?: components["schemas"]["AgreementContentDto"];
            startDate?: string | null;
            endDate?: string | null;
            majorIds?: string[];
        };
        ActorDto: {
            /**
             * Format: uuid
             * @description null for the scheduler
             */
            id: string | null;
            username: string;
            /** @description The roles the actor acted with (`system` for the scheduler) */
            roles: string[];
        };
        EvidenceDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other";
            version: number;
            /** Format: date-time */
            uploaded_at: string;
        };
        HistoryEntryDto: {
            id: number;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["ActorDto"];
            /** @enum {string} */
            event: "SUBMIT" | "RECORD_DEMONSTRATION" | "APPROVE" | "REJECT" | "DECLINE" | "WITHDRAW" | "RECORD_SIGNING" | "REGISTER_FILING" | "SUBMIT_SELF_CHECK" | "REVIEW_PASS" | "REVIEW_RECTIFY" | "ISSUE_SUPERVISION_NOTICE" | "CONFIRM_RECTIFIED" | "REQUEST_TERMINATION" | "COMPLETE_TERMINATION" | "RENEW" | "EXIT" | "ARCHIVE" | "DEADLINE_PASSED" | "REQUIRE_DEMONSTRATION" | "INVITE_EXPERTS" | "RECORD_OPINION" | "RETURN" | "RECALL";
            /** @example research */
            from: string;
            /** @example feasibility.preparing */
            to: string;
            comment: string | null;
            /** @description The event’s data (and the filing number drawn) */
            data: {
                [key: string]: unknown;
            } | null;
            documents: components["schemas"]["EvidenceDto"][];
            /**
             * @description The machine version the step was taken under
             * @example agreement@2
             */
            machineVersion: string;
        };
        NudgeResultDto: {
            /** @description The reminder key: one nudge per agreement and day */
            key: string;
            reviewers: ("college_staff" | "college_leader" | "center_staff" | "center_director" | "legal" | "school_leader" | "department" | "assessor" | "expert" | "admin")[];
            /** @description The work items urged */
            workItems: string[];
            /** @description Deliveries created */
            deliveries: number;
        };
        ObligationDto: {
            /** Format: uuid */
            agreementId: string;
            title: string;
            /** Format: uuid */
            collegeId: string;
            /** @example 2026-2027-1 */
            semester: string;
            /**
             * Format: date
             * @example 2026-09-01
             */
            dueOn: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** @enum {string} */
            status: "fulfilled" | "pending" | "late";
        };
        InviteExpertsDto: {
            /** @description Users holding the role `expert` (校内外专家) */
            userIds: string[];
        };
        DocumentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agreementId: string;
            /** @enum {string} */
            kind: "research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other";
            /** @description A new upload of a kind is its next version, from 1 */
            version: number;
            /** @description The sanitised file name */
            filename: string;
            /** @description Bytes */
            size: number;
            /** @description SHA-256 of the bytes, hex; also the download’s ETag */
            sha256: string;
            /**
             * @description Read from the bytes, not from what the client claimed
             * @example application/pdf
             */
            mediaType: string;
            /** Format: uuid */
            uploadedBy: string | null;
            /** Format: date-time */
            uploadedAt: string;
        };
        TaskAssigneesDto: {
            /** @description The first of `roles` */
            role: string | null;
            roles: string[];
            /**
             * Format: uuid
             * @description For a college’s own step: that college
             */
            collegeId: string | null;
            /** @description Named people (a transfer, an invited expert); empty: anyone holding the role */
            userIds: string[];
            /**
             * @description any: one of them does the step (或签); all: each must (会签)
             * @enum {string}
             */
            mode: "any" | "all";
        };
        TaskDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "agreement" | "monthlyReport" | "assessmentSheet";
            /**
             * Format: uuid
             * @description The agreement or monthly report
             */
            subjectId: string;
            title: string;
            /**
             * @description The subject’s state when the item opened
             * @example agreement.legalReview
             */
            state: string;
            /**
             * @description The step, stable across transfers
             * @example agreement.legalReview
             */
            step: string;
            assignees: components["schemas"]["TaskAssigneesDto"];
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            dueAt: string | null;
            /**
             * Format: uuid
             * @description 委派: whom it was delegated to, until they resolve
             */
            delegatedTo: string | null;
            /** Format: uuid */
            delegatedBy: string | null;
            /** @enum {string} */
            status: "open" | "done";
            /** Format: date-time */
            closedAt: string | null;
            /**
             * Format: uuid
             * @description Who did the step (null: the system)
             */
            closedBy: string | null;
            /**
             * @description The event that closed it
             * @example APPROVE
             */
            closedEvent: string | null;
            /**
             * @description Where the subject is in the app
             * @example /agreements/…
             */
            link: string;
            version: number;
        };
        TaskListDto: {
            /** @description Records matching the filters, on every page */
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["TaskDto"][];
            /**
             * @description Open items waiting for the caller per kind, whatever the filters
             * @example {
             *       "agreement": 3,
             *       "monthlyReport": 1
             *     }
             */
            counts: {
                [key: string]: number;
            };
        };
        TaskLogEntryDto: {
            id: number;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "transfer" | "delegate" | "resolve" | "cc" | "urge";
            /** Format: uuid */
            actorId: string | null;
            userIds: string[];
            note: string | null;
        };
        TaskDetailDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "agreement" | "monthlyReport" | "assessmentSheet";
            /**
             * Format: uuid
             * @description The agreement or monthly report
             */
            subjectId: string;
            title: string;
            /**
             * @description The subject’s state when the item opened
             * @example agreement.legalReview
             */
            state: string;
            /**
             * @description The step, stable across transfers
             * @example agreement.legalReview
             */
            step: string;
            assignees: components["schemas"]["TaskAssigneesDto"];
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            dueAt: string | null;
            /**
             * Format: uuid
             * @description 委派: whom it was delegated to, until they resolve
             */
            delegatedTo: string | null;
            /** Format: uuid */
            delegatedBy: string | null;
            /** @enum {string} */
            status: "open" | "done";
            /** Format: date-time */
            closedAt: string | null;
            /**
             * Format: uuid
             * @description Who did the step (null: the system)
             */
            closedBy: string | null;
            /**
             * @description The event that closed it
             * @example APPROVE
             */
            closedEvent: string | null;
            /**
             * @description Where the subject is in the app
             * @example /agreements/…
             */
            link: string;
            version: number;
            log: components["schemas"]["TaskLogEntryDto"][];
        };
        TransferTaskDto: {
            /**
             * Format: uuid
             * @description The colleague who takes the item over: same role, same college for a college's step.
             */
            userId: string;
            note?: string;
        };
        DelegateTaskDto: {
            /**
             * Format: uuid
             * @description The colleague who takes the item over: same role, same college for a college's step.
             */
            userId: string;
            note?: string;
        };
        ResolveTaskDto: {
            /** @description The delegate's answer, which goes back to whoever delegated. */
            note: string;
        };
        CcTaskDto: {
            userIds: string[];
            note?: string;
        };
        UrgeTaskDto: {
            note?: string;
        };
        UrgeResultDto: {
            /** Format: uuid */
            id: string;
            /** @description Notices created */
            notified: number;
        };
        DeputyViewDto: {
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            deputyId: string;
            deputyName: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description Today (Shanghai) is inside the period */
            active: boolean;
        };
        DeputyResponseDto: {
            deputy?: components["schemas"]["DeputyViewDto"] | null;
        };
        DeputyDto: {
            /**
             * Format: uuid
             * @description Holds the same role (and, for college roles, the same college).
             */
            userId: string;
            /** @description First day, a Shanghai date (YYYY-MM-DD), inclusive. */
            from: string;
            /** @description Last day, inclusive. */
            to: string;
        };
        CreateMonthlyReportDto: {
            /** @description The month reported on, `YYYY-MM`; one report per college per month. */
            month: string;
            /** @description 本月工作开展情况 */
            workDone?: string;
            /** @description 新增合作单位 */
            newPartners?: string;
            /** @description 淘汰合作单位 */
            eliminatedPartners?: string;
            /** @description 开展活动 */
            activities?: string;
            /** @description 存在问题及改进措施 */
            problemsAndMeasures?: string;
            notes?: string;
        };
        MonthlyReportDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            collegeId: string;
            /** @example 2026-09 */
            month: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "signed_off" | "returned";
            workDone: string;
            newPartners: string;
            eliminatedPartners: string;
            activities: string;
            problemsAndMeasures: string;
            notes: string;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * Format: date-time
             * @description Reported to the center: on time when before the due moment
             */
            signedOffAt: string | null;
            /** Format: uuid */
            signedOffBy: string | null;
            /** @description The leader’s comment when returned */
            returnComment: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MatrixRowDto: {
            /** Format: uuid */
            collegeId: string;
            collegeName: string;
            /**
             * @description By month (YYYY-MM)
             * @example {
             *       "2027-01": "on_time"
             *     }
             */
            cells: {
                [key: string]: "on_time" | "late" | "missing" | "pending" | "vacation" | "not_required";
            };
            onTime: number;
            late: number;
            missing: number;
            /** @description 10, −1 per late or missing month, not below 0 */
            score: number;
        };
        MatrixDto: {
            year: number;
            /**
             * @example [
             *       "2027-01",
             *       "2027-02"
             *     ]
             */
            months: string[];
            rows: components["schemas"]["MatrixRowDto"][];
        };
        AttachmentDto: {
            /** Format: uuid */
            id: string;
            filename: string;
            /** @description Bytes */
            size: number;
            /** @description SHA-256 of the bytes, hex */
            sha256: string;
            /** @example application/pdf */
            mediaType: string;
            /** Format: uuid */
            uploadedBy: string | null;
            /** Format: date-time */
            uploadedAt: string;
        };
        MonthlyReportContentDto: {
            /** @description 本月工作开展情况 */
            workDone?: string;
            /** @description 新增合作单位 */
            newPartners?: string;
            /** @description 淘汰合作单位 */
            eliminatedPartners?: string;
            /** @description 开展活动 */
            activities?: string;
            /** @description 存在问题及改进措施 */
            problemsAndMeasures?: string;
            notes?: string;
        };
        ReturnMonthlyReportDto: {
            comment: string;
        };
        MonthlyReportStepDto: {
            id: number;
            /** Format: date-time */
            at: string;
            actor: {
                /** Format: uuid */
                id?: string | null;
                username?: string;
                roles?: string[];
            };
            /** @enum {string} */
            event: "SUBMIT" | "SIGN_OFF" | "RETURN" | "RECALL";
            /** @example draft */
            from: string;
            /** @example submitted */
            to: string;
            comment: string | null;
        };
        ReminderOffsetsDto: {
            /** @description Days before a monthly report’s last day */
            monthlyBeforeDays: number[];
            /** @description Days before a semester’s self-check date */
            selfCheckBeforeDays: number[];
            /** @description Days after signing that filing is reminded */
            filingAfterSigningDays: number[];
            /** @description Days before a supervision deadline */
            supervisionBeforeDays: number[];
            /** @description Days before an agreement’s end date */
            expiryBeforeDays: number[];
            /** @description Working days at one review step before 催办 */
            waitingWorkingDays: number;
            /** @description A late reminder stops this many days after it was first due */
            lateWindowDays: number;
        };
        SemesterViewDto: {
            /** Format: uuid */
            id: string;
            /** @example 2026-2027-1 */
            name: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /**
             * Format: date
             * @description The semester’s self-check report is due on this date
             */
            selfCheckDueOn: string;
        };
        CalendarDto: {
            /** @enum {string} */
            timeZone: "Asia/Shanghai";
            /** @description Months with no monthly report */
            vacationMonths: number[];
            /** @description Reports are due before this day of the month */
            monthlyDueDay: number;
            /**
             * @description The first month reports are owed (YYYY-MM)
             * @example 2026-09
             */
            firstMonth: string;
            offsets: components["schemas"]["ReminderOffsetsDto"];
            semesters: components["schemas"]["SemesterViewDto"][];
        };
        OffsetsDto: {
            monthlyBeforeDays?: number[];
            selfCheckBeforeDays?: number[];
            filingAfterSigningDays?: number[];
            supervisionBeforeDays?: number[];
            expiryBeforeDays?: number[];
            waitingWorkingDays?: number;
            lateWindowDays?: number;
        };
        UpdateCalendarDto: {
            /** @description Months with no monthly report (default February, July, August). */
            vacationMonths?: number[];
            /** @description Reports are due before this day of the month (default 5). */
            monthlyDueDay?: number;
            /** @description The first month reports are owed (YYYY-MM). */
            firstMonth?: string;
            /** @description Reminder offsets, in days; omitted ones keep their defaults. */
            offsets?: components["schemas"]["OffsetsDto"];
        };
        SemesterDto: {
            /** @description `2026-2027-1` (first semester of the 2026–2027 school year). */
            name: string;
            startsOn: string;
            endsOn: string;
            /** @description The semester's self-check report is due on this date. */
            selfCheckDueOn: string;
        };
        UpdateSemesterDto: {
            startsOn?: string;
            endsOn?: string;
            selfCheckDueOn?: string;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description What it is about: monthly, selfCheck, filing, supervision, expiry, waiting, event, …
             * @example waiting
             */
            kind: string;
            title: string;
            body: string;
            /**
             * @description Where in the app it points
             * @example /agreements/…
             */
            link: string | null;
            /** @description The reminder it came from: one notification per reminder and user */
            reminderKey: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
            /** Format: uuid */
            workItemId: string | null;
            /** Format: date-time */
            closedAt: string | null;
        };
        UnreadCountDto: {
            count: number;
        };
        ReadAllResultDto: {
            /** @description How many were unread and are read now */
            updated: number;
        };
        SweepRunDto: {
            /** @description Outbox events moved to the queue */
            relayed: number;
            /**
             * Format: date-time
             * @description The service clock when the sweep ran
             */
            at: string;
            /** @description Reminders due */
            reminders: number;
            /** @description Deliveries created (none twice) */
            deliveriesCreated: number;
            /** @description DEADLINE_PASSED events the machine took */
            deadlineEvents: number;
            /** @description Pending deliveries queued again */
            requeued: number;
        };
        PurgeResultDto: {
            /**
             * Format: date-time
             * @description The service clock when the purge ran
             */
            at: string;
            /** @description Published outbox rows older than OUTBOX_RETENTION_DAYS */
            outbox: number;
            /** @description Stored Idempotency-Key answers older than IDEMPOTENCY_RETENTION_HOURS */
            idempotencyKeys: number;
            /** @description Finished deliveries (their attempts with them) older than DELIVERY_RETENTION_DAYS */
            deliveries: number;
            /** @description Login-failure counters whose window (LOGIN_LOCK_SECONDS) has passed */
            loginFailures: number;
        };
        DeliveryPayloadDto: {
            /**
             * @description The reminder’s kind
             * @example waiting
             */
            kind: string;
            title: string;
            body: string;
            link?: string | null;
            /** @description The e-mail address (e-mail deliveries) */
            to?: string;
        };
        DeliveryAttemptDto: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            outcome: "sent" | "failed";
            error: string | null;
            durationMs: number | null;
        };
        DeliveryDto: {
            /** Format: uuid */
            id: string;
            reminderKey: string;
            /** @description The user id (inbox, e-mail) or the webhook */
            recipient: string;
            /** @enum {string} */
            channel: "inbox" | "email" | "webhook";
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed";
            attempts: number;
            lastError: string | null;
            payload: components["schemas"]["DeliveryPayloadDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @description X-Request-Id of the request that caused it (or the id its sweep ran under): its log lines carry it as reqId */
            requestId: string | null;
            attemptLog: components["schemas"]["DeliveryAttemptDto"][];
        };
        OutboxStatusDto: {
            /** @description Domain events written but not yet relayed to the queue (the relay catches up when the queue is back) */
            unpublished: number;
            /**
             * Format: date-time
             * @description When the oldest of them was written
             */
            oldestCreatedAt: string | null;
        };
        JobSchedulerDto: {
            /**
             * @description The stable id
             * @example retention-purge
             */
            id: string;
            /**
             * @description The job it adds
             * @example purge-retention
             */
            job: string;
            /** @description Cron pattern (Asia/Shanghai), or null for an interval */
            pattern: string | null;
            /** @description Interval in ms, or null for a cron pattern */
            every: number | null;
            /**
             * Format: date-time
             * @description When it runs next
             */
            next: string | null;
        };
        QueueStatusDto: {
            /** @enum {string} */
            backend: "redis" | "postgres";
            /**
             * @description The queue dashboard (bull-board): job counts, jobs, failures and retries of every queue; open a session first with POST /api/v1/admin/queues/session
             * @example /admin/queues
             */
            dashboard: string;
            outbox: components["schemas"]["OutboxStatusDto"];
            /** @description The job schedulers of the reminders queue; null while the queue does not answer */
            schedulers: components["schemas"]["JobSchedulerDto"][] | null;
        };
        SetClockDto: {
            /** @description The instant the service clock shows from now on (ISO 8601). */
            now: string;
        };
        ClockDto: {
            /**
             * Format: date-time
             * @description The service clock
             */
            now: string;
        };
        TemplateSummaryDto: {
            key: string;
            name: string;
            /** @enum {string} */
            subject: "college" | "consortium";
            latestPublished: number | null;
            draft: number | null;
        };
        WeightsDto: {
            self: number;
            group: number;
        };
        InputOptionDto: {
            value: string;
            label: string;
        };
        InputSpecDto: {
            name: string;
            label: string;
            /** @enum {string} */
            type: "integer" | "decimal" | "ratioPart" | "integerList" | "boolean" | "option" | "text";
            /** @description `manual` or `computed:<name>`: filled from the records */
            source?: string;
            unit?: string;
            min?: number;
            max?: number;
            /** @description ratioPart: the input naming the whole */
            partOf?: string;
            maxLength?: number;
            options?: components["schemas"]["InputOptionDto"][];
        };
        TemplateNodeDto: {
            code: string;
            title: string;
            level: number;
            points?: number;
            bonusCap?: number;
            /** @enum {string} */
            category?: "basic" | "substantive" | "negative" | "outcome";
            /** @enum {string} */
            selection?: "mandatory" | "optional";
            /** @enum {string} */
            nature?: "qualitative" | "quantitative" | "mixed" | "veto";
            unit?: string;
            description?: string;
            inputs?: components["schemas"]["InputSpecDto"][];
            /** @description `manual` or `computed:<name>` */
            source?: string;
            /** @description The scoring rule: {type, …} (manual, options, checklist, perUnit, ratioBands, coverage, deduction, bands, dualRatio, veto, observation) */
            rule?: {
                [key: string]: unknown;
            };
            cluster?: string;
            reportSection?: string;
            years?: number[];
            children?: components["schemas"]["TemplateNodeDto"][];
        };
        TemplateDto: {
            key: string;
            version: number;
            /** @enum {string} */
            status: "draft" | "published";
            name: string;
            /** @enum {string} */
            subject: "college" | "consortium";
            weights: components["schemas"]["WeightsDto"];
            minOptional?: number;
            nodes: components["schemas"]["TemplateNodeDto"][];
        };
        OpenCycleDto: {
            templateKey: string;
            /** @description The academic year ending in this year (1 Sept of the year before → 31 Aug). */
            year: number;
            /** @description Colleges (or consortiums) to assess; every one when omitted. */
            subjects?: string[];
            /** @description Assessors who must have scored every leaf before the center may finalize (default 1). */
            minAssessors?: number;
            selfDueOn?: string;
            scoringDueOn?: string;
        };
        CycleSheetDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            subjectId: string;
            subjectName: string;
            /** @enum {string} */
            state: "drafting" | "submitted" | "final" | "published";
        };
        CycleEventOptionDto: {
            /** @enum {string} */
            type: "PUBLISH";
            ready: boolean;
            /** @description Sheets not final yet (subject names) */
            missing: string[];
        };
        CycleDto: {
            /** Format: uuid */
            id: string;
            templateKey: string;
            templateVersion: number;
            templateName: string;
            year: number;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            minAssessors: number;
            /** Format: date */
            selfDueOn: string | null;
            /** Format: date */
            scoringDueOn: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description A college sees its own sheet only */
            sheets: components["schemas"]["CycleSheetDto"][];
            /** @description Cycle events the caller may send (the sheet machine’s PUBLISH rule) */
            allowedEvents: components["schemas"]["CycleEventOptionDto"][];
        };
        CycleEventDto: {
            /** @enum {string} */
            type: "PUBLISH";
        };
        ResultRowDto: {
            /** Format: uuid */
            subjectId: string;
            name: string;
            s1: number | null;
            s2: number | null;
            final: number | null;
            rank: number | null;
            verdict: string | null;
            state: string;
        };
        ResultsDto: {
            /** Format: uuid */
            cycleId: string;
            templateKey: string;
            year: number;
            weights: components["schemas"]["WeightsDto"];
            rows: components["schemas"]["ResultRowDto"][];
        };
        SheetEventOptionDto: {
            /** @enum {string} */
            type: "SUBMIT" | "RETURN" | "FINALIZE" | "PUBLISH";
            ready: boolean;
            /** @description What blocks the event now */
            missing: {
                [key: string]: unknown;
            }[];
        };
        TotalsDto: {
            s1: number | null;
            s2: number | null;
            final: number | null;
        };
        EvidenceEntryDto: {
            /** @description month, agreement, partner, major, selfCheck, ledgerChange, rule */
            kind: string;
            /** @description The record it names (empty for a rule step) */
            id: string;
            label: string;
            /** @description e.g. on_time, late, missing for months */
            status?: string;
        };
        ProposalDto: {
            score: number | null;
            evidence: components["schemas"]["EvidenceEntryDto"][];
        };
        AssessorScoreDto: {
            /** Format: uuid */
            assessorId: string;
            assessorName?: string;
            score: number;
            note: string | null;
        };
        SheetItemDto: {
            code: string;
            parentCode: string | null;
            title: string;
            level: number;
            points: number | null;
            /** @description Bonus points above `points` the rule allows */
            bonusCap: number | null;
            /** @description Leaves carry scores; groups show the sums of their leaves */
            leaf: boolean;
            /** @enum {string|null} */
            selection: "mandatory" | "optional" | null;
            nature: string | null;
            unit: string | null;
            selected: boolean | null;
            inputs: {
                [key: string]: unknown;
            };
            proposal: components["schemas"]["ProposalDto"] | null;
            selfScore: number | null;
            note: string | null;
            scores: components["schemas"]["AssessorScoreDto"][];
            groupScore: number | null;
        };
        SheetDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            subjectId: string;
            subjectName: string;
            /** @enum {string} */
            state: "drafting" | "submitted" | "final" | "published";
            templateKey: string;
            templateVersion: number;
            year: number;
            allowedEvents: components["schemas"]["SheetEventOptionDto"][];
            totals: components["schemas"]["TotalsDto"];
            weights: components["schemas"]["WeightsDto"];
            verdict: string | null;
            vetoHit: boolean;
            items: components["schemas"]["SheetItemDto"][];
        };
        SheetRefDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            subjectId: string;
            subjectName: string;
            year: number;
            templateKey: string;
        };
        ConsortiumDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreateConsortiumDto: {
            name: string;
        };
        EvidenceDocumentDto: {
            /** Format: uuid */
            id: string;
            /** @description The indicator it supports */
            code: string;
            filename: string;
            size: number;
            sha256: string;
            mediaType: string;
            /** Format: uuid */
            uploadedBy: string | null;
            /** Format: date-time */
            uploadedAt: string;
        };
        StepActorDto: {
            /** Format: uuid */
            id: string | null;
            username: string;
            roles: string[];
        };
        SheetStepDto: {
            id: number;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["StepActorDto"];
            /** @enum {string} */
            event: "SUBMIT" | "RETURN" | "FINALIZE" | "PUBLISH";
            from: string;
            to: string;
            comment: string | null;
        };
        FigureRecordDto: {
            code: string;
            input: string;
            year: number;
            value: number;
            /** @enum {string} */
            kind: "actual" | "committed";
        };
        ShortfallDto: {
            code: string;
            input: string;
            year: number;
            committed: number;
            actual: number;
            shortfall: number;
        };
        FiguresDto: {
            records: components["schemas"]["FigureRecordDto"][];
            /** @description Later actuals below their commitments */
            shortfalls: components["schemas"]["ShortfallDto"][];
            /** @description Commitments of closed years with no actual reported */
            missingActuals: {
                [key: string]: unknown;
            }[];
        };
        FigureDto: {
            /** @description The indicator (a node with yearly figures). */
            code: string;
            /** @description The figure's input name (default `value`). */
            input?: string;
            year: number;
            /**
             * @description `committed` (2024–2026 承诺) or `actual` (实际).
             * @enum {string}
             */
            kind: "actual" | "committed";
            value: number;
        };
        FillItemDto: {
            /** @description The figures the indicator takes, by input name. */
            inputs?: {
                [key: string]: unknown;
            };
            /** @description Defaults to the computed proposal; a different value needs a note. */
            selfScore?: number | null;
            /** @description 自选 √ for optional indicators. */
            selected?: boolean;
            note?: string | null;
        };
        ItemResultDto: {
            item: components["schemas"]["SheetItemDto"];
            totals: components["schemas"]["TotalsDto"];
        };
        ScoreItemDto: {
            score: number;
            note?: string | null;
        };
        SheetEventDto: {
            /** @enum {string} */
            type: "SUBMIT" | "RETURN" | "FINALIZE";
            /** @description RETURN's reason (required there). */
            reason?: string;
        };
        StageCountDto: {
            /**
             * @description A top-level stage of the agreement machine (labels: GET /api/v1/workflow)
             * @example filing
             */
            stage: string;
            count: number;
        };
        OverdueCountsDto: {
            /** @description 备案逾期: signed, awaiting filing submission, past the 7-day filing deadline */
            filing: number;
            /** @description 督查整改中: agreements under a supervision notice */
            supervision: number;
            /** @description 督查逾期: under supervision and past the notice’s deadline */
            supervisionOverdue: number;
            /** @description 自查欠交: (running agreement, semester) pairs whose self-check due date passed with no report */
            selfChecksOwed: number;
        };
        PunctualityDto: {
            onTime: number;
            late: number;
            missing: number;
            /** @description Months owed so far (on time + late + missing) */
            due: number;
            /** @description Punctuality score: 10, −1 per late or missing month */
            score: number;
        };
        CollegeProgressDto: {
            /** Format: uuid */
            collegeId: string;
            collegeName: string;
            /** @description All its agreements, terminated included */
            total: number;
            /** @description Every top-level stage in lifecycle order, zeros included */
            stages: components["schemas"]["StageCountDto"][];
            overdue: components["schemas"]["OverdueCountsDto"];
            monthlyReports: components["schemas"]["PunctualityDto"];
        };
        ProgressDto: {
            /** Format: date-time */
            generatedAt: string;
            /** @description The year of the punctuality figures */
            year: number;
            /**
             * @description Top-level stages in lifecycle order
             * @example [
             *       "research",
             *       "feasibility"
             *     ]
             */
            stageOrder: string[];
            /** @description One row per college the caller may see, in college code order */
            colleges: components["schemas"]["CollegeProgressDto"][];
            total: number;
            stages: components["schemas"]["StageCountDto"][];
            overdue: components["schemas"]["OverdueCountsDto"];
        };
        QueueBoardSessionDto: {
            /**
             * @description The dashboard to open now
             * @example /admin/queues
             */
            url: string;
            /**
             * Format: date-time
             * @description When the session ends unless the open dashboard renews it
             */
            expiresAt: string;
        };
        /** @description 学期自查 figures: amounts in 万元, counts, and texts */
        SelfCheckFigures: {
            /** @description 经费投入（万元） Funds (10k yuan) */
            funds?: number;
            /** @description 设备投入（万元） Equipment (10k yuan) */
            equipment?: number;
            /** @description 培养学生数（人） Students trained */
            studentsTrained?: number;
            /** @description 专业建设 Major building */
            majorBuilding?: string;
            /** @description 实训条件 Training conditions */
            trainingConditions?: string;
            /** @description 师资培养 Teacher development */
            teacherDevelopment?: string;
            /** @description 技术服务 Technical services */
            technicalServices?: string;
        };
        /** @description 提交 Submit — sent by college_staff, college_leader */
        SubmitEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SUBMIT";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 录入论证结论 Record demonstration — sent by center_staff */
        RecordDemonstrationEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RECORD_DEMONSTRATION";
            comment?: string;
            /** @description The event's data: passed */
            data?: {
                passed?: boolean;
            };
        };
        /** @description 审核通过 Approve — sent by center_staff, legal, school_leader, center_director */
        ApproveEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "APPROVE";
            comment?: string;
            /** @description The event's data: meetingDate, minutesNumber */
            data?: {
                /**
                 * Format: date
                 * @description A Shanghai calendar date, YYYY-MM-DD
                 */
                meetingDate?: string;
                minutesNumber?: string;
            };
        };
        /** @description 退回修改 Reject (return for changes) — sent by center_staff, legal, school_leader, center_director */
        RejectEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REJECT";
            comment?: string;
            /** @description The event's data: meetingDate, minutesNumber */
            data?: {
                /**
                 * Format: date
                 * @description A Shanghai calendar date, YYYY-MM-DD
                 */
                meetingDate?: string;
                minutesNumber?: string;
            };
        };
        /** @description 不予立项 Decline — sent by center_director, school_leader */
        DeclineEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DECLINE";
            comment?: string;
            /** @description The event's data: meetingDate, minutesNumber */
            data?: {
                /**
                 * Format: date
                 * @description A Shanghai calendar date, YYYY-MM-DD
                 */
                meetingDate?: string;
                minutesNumber?: string;
            };
        };
        /** @description 撤销 Withdraw — sent by college_leader */
        WithdrawEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WITHDRAW";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 登记签订 Record signing — sent by college_staff, college_leader */
        RecordSigningEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RECORD_SIGNING";
            comment?: string;
            /** @description The event's data: signedAt */
            data?: {
                /** @description A date (YYYY-MM-DD), or an ISO 8601 date-time; one without a zone is Shanghai time */
                signedAt?: string;
            };
        };
        /** @description 备案登记 Register filing — sent by center_staff */
        RegisterFilingEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REGISTER_FILING";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 提交学期自查 Submit self-check — sent by college_staff, college_leader */
        SubmitSelfCheckEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SUBMIT_SELF_CHECK";
            comment?: string;
            /** @description The event's data: semester, figures */
            data?: {
                /** @example 2026-2027-1 */
                semester?: string;
                figures?: components["schemas"]["SelfCheckFigures"];
            };
        };
        /** @description 复查通过 Review passed — sent by center_staff */
        ReviewPassEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REVIEW_PASS";
            comment?: string;
            /** @description The event's data: conclusion */
            data?: {
                conclusion?: string;
            };
        };
        /** @description 复查整改 Rectification required — sent by center_staff */
        ReviewRectifyEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REVIEW_RECTIFY";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 下发督查通知单 Issue supervision notice — sent by college_leader */
        IssueSupervisionNoticeEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ISSUE_SUPERVISION_NOTICE";
            comment?: string;
            /** @description The event's data: deadline */
            data?: {
                /** @description A date (YYYY-MM-DD), or an ISO 8601 date-time; one without a zone is Shanghai time */
                deadline?: string;
            };
        };
        /** @description 确认整改完成 Confirm rectified — sent by center_staff */
        ConfirmRectifiedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CONFIRM_RECTIFIED";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 申请终止合作 Request termination — sent by college_leader, center_staff */
        RequestTerminationEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REQUEST_TERMINATION";
            comment?: string;
            /** @description The event's data: reason */
            data?: {
                /** @enum {string} */
                reason?: "early" | "non_performance";
            };
        };
        /** @description 完成终止清算 Complete termination — sent by center_staff */
        CompleteTerminationEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "COMPLETE_TERMINATION";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 续签 Renew — sent by college_leader */
        RenewEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RENEW";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 到期退出 Exit at expiry — sent by college_leader */
        ExitEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EXIT";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 归档 Archive — sent by center_staff */
        ArchiveEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ARCHIVE";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 期限已过 Deadline passed — sent by system */
        DeadlinePassedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DEADLINE_PASSED";
            comment?: string;
            /** @description The event's data: kind */
            data?: {
                /** @enum {string} */
                kind?: "filing" | "supervision";
            };
        };
        /** @description 要求项目论证 Require expert demonstration — sent by school_leader, center_director */
        RequireDemonstrationEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "REQUIRE_DEMONSTRATION";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
        };
        /** @description 邀请论证专家 Invite experts — sent by center_staff */
        InviteExpertsEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "INVITE_EXPERTS";
            comment?: string;
            /** @description The event's data: userIds */
            data?: {
                userIds?: string[];
            };
        };
        /** @description 专家论证意见 Record an expert opinion — sent by expert */
        RecordOpinionEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RECORD_OPINION";
            comment?: string;
            /** @description The event's data: opinion */
            data?: {
                /** @enum {string} */
                opinion?: "approve" | "reject";
            };
        };
        /** @description 退回 Return to an earlier step — sent by center_staff, legal, school_leader */
        ReturnEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RETURN";
            comment?: string;
            /** @description The event's data: to */
            data?: {
                /** @description A state path, e.g. agreement.drafting (RETURN: one of allowedEvents[].targets) */
                to?: string;
            };
        };
        /** @description 撤回 Recall (take the last step back) — sent by college_staff, college_leader, center_staff, legal, school_leader */
        RecallEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RECALL";
            comment?: string;
            /** @description This event takes no data */
            data?: Record<string, never>;
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
    HealthController_live: {
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
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    HealthController_ready: {
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
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description The database or the queue does not answer; `checks` says which */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    AuthController_login: {
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
                    "application/json": components["schemas"]["LoginResultDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `too_many_login_attempts`: Too many failed logins; try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_me: {
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
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_changePassword: {
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
            /** @description Changed; every token issued before is void */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description `invalid_credentials`: Wrong username or password
             *
             *     `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                collegeId?: string;
                role?: "college_staff" | "college_leader" | "center_staff" | "center_director" | "legal" | "school_leader" | "department" | "assessor" | "expert" | "admin";
                /** @description Part of the username or display name. */
                q?: string;
                disabled?: boolean;
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["UserDto"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_staff (产教研合作中心), center_director (产教研合作中心负责人), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_create: {
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
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate_username`: The username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_get: {
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
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_staff (产教研合作中心), center_director (产教研合作中心负责人), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_update: {
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
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_resetPassword: {
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
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Reset; the user’s tokens are void */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CollegesController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                q?: string;
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["College"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CollegesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollegeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["College"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CollegesController_get: {
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
                    "application/json": components["schemas"]["College"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CollegesController_remove: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `in_use`: The record is still referenced and cannot be deleted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CollegesController_update: {
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
                "application/json": components["schemas"]["UpdateCollegeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["College"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MajorsController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                collegeId?: string;
                q?: string;
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["Major"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MajorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMajorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Major"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MajorsController_get: {
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
                    "application/json": components["schemas"]["Major"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MajorsController_remove: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `in_use`: The record is still referenced and cannot be deleted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MajorsController_update: {
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
                "application/json": components["schemas"]["UpdateMajorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Major"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnersController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                /** @description Part of the name, or of the credit code. */
                q?: string;
                kind?: "enterprise" | "association" | "institute" | "park" | "government" | "other";
                status?: "incubating" | "active" | "eliminated";
                industry?: string;
                ownerCollegeId?: string;
                sort?: "name" | "createdAt" | "statusChangedAt" | "-name" | "-createdAt" | "-statusChangedAt";
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["Partner"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnersController_create: {
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
            /** @description The new partner; ETag carries its version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_staff (产教研合作中心), center_director (产教研合作中心负责人), college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate_credit_code`: A partner with this credit code already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnersController_get: {
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
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnersController_remove: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `in_use`: The record is still referenced and cannot be deleted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version from ETag; a stale one is 409 version_conflict */
                "If-Match"?: string;
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
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_staff (产教研合作中心), center_director (产教研合作中心负责人), college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate_credit_code`: A partner with this credit code already exists; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnersController_changeStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version from ETag; a stale one is 409 version_conflict */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePartnerStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_staff (产教研合作中心), center_director (产教研合作中心负责人), college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnersController_history: {
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
                    "application/json": components["schemas"]["PartnerStatusChange"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkflowController_get: {
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
                    "application/json": components["schemas"]["WorkflowDescriptionDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkflowController_monthlyReport: {
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
                    "application/json": components["schemas"]["MachineDescriptionDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkflowController_diagramText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mermaid stateDiagram-v2 source */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AgreementsController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                /** @description From `nextCursor` of the previous page, with the same `sort` and filters; not with `page` > 1 */
                cursor?: string;
                stage?: "research" | "feasibility" | "agreement" | "signing" | "filing" | "selfCheck" | "review" | "supervision" | "terminating" | "archiving" | "terminated";
                collegeId?: string;
                partnerId?: string;
                cooperationType?: "major_building" | "order_class" | "apprenticeship" | "internship" | "training_base" | "faculty" | "industry_college" | "rnd" | "other";
                /** @description Part of the title, of the partner's name or of the filing number (备案号, e.g. `BA-2026-00012`); three characters or more use the trigram indexes. */
                q?: string;
                /** @description Only agreements with a missed deadline (filing or supervision). */
                overdue?: boolean;
                /** @description The order, `-` for descending (default `-updatedAt`); ties go by id. endDate puts agreements without an end date last either way. */
                sort?: "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "title" | "-title" | "endDate" | "-endDate";
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["AgreementSummaryDto"][];
                    } & components["schemas"]["KeysetMeta"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), legal (法务), school_leader (校领导（校长办公会/党委会）), department (职能部门（教务处/学生工作处/财务处）), assessor (考核组成员), expert (论证专家（校内外）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AgreementsController_create: {
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
            /** @description The new agreement; ETag carries its version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDetailDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AgreementsController_get: {
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
                    "application/json": components["schemas"]["AgreementDetailDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), legal (法务), school_leader (校领导（校长办公会/党委会）), department (职能部门（教务处/学生工作处/财务处）), assessor (考核组成员), expert (论证专家（校内外）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AgreementsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version from ETag; a stale one is 409 */
                "If-Match"?: string;
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
                    "application/json": components["schemas"]["AgreementDetailDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `version_conflict`: The record was changed by someone else; reload and retry; `not_editable`: The agreement cannot be edited in this state; `read_only`: The agreement is terminated and read-only */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AgreementsController_send: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response with no second effect */
                "Idempotency-Key"?: string;
                /** @description The version the caller saw; a stale one is 409 version_conflict */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description One event: `type`, an optional `comment` and the `data` that event takes */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitEvent"] | components["schemas"]["RecordDemonstrationEvent"] | components["schemas"]["ApproveEvent"] | components["schemas"]["RejectEvent"] | components["schemas"]["DeclineEvent"] | components["schemas"]["WithdrawEvent"] | components["schemas"]["RecordSigningEvent"] | components["schemas"]["RegisterFilingEvent"] | components["schemas"]["SubmitSelfCheckEvent"] | components["schemas"]["ReviewPassEvent"] | components["schemas"]["ReviewRectifyEvent"] | components["schemas"]["IssueSupervisionNoticeEvent"] | components["schemas"]["ConfirmRectifiedEvent"] | components["schemas"]["RequestTerminationEvent"] | components["schemas"]["CompleteTerminationEvent"] | components["schemas"]["RenewEvent"] | components["schemas"]["ExitEvent"] | components["schemas"]["ArchiveEvent"] | components["schemas"]["DeadlinePassedEvent"] | components["schemas"]["RequireDemonstrationEvent"] | components["schemas"]["InviteExpertsEvent"] | components["schemas"]["RecordOpinionEvent"] | components["schemas"]["ReturnEvent"] | components["schemas"]["RecallEvent"];
            };
        };
        responses: {
            /** @description The agreement after the event; ETag carries its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDetailDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), legal (法务), school_leader (校领导（校长办公会/党委会）), expert (论证专家（校内外）). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry; `read_only`: The agreement is terminated and read-only */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `requirements_not_met`: Requirements not met: documents or fields are missing; `idempotency_key_reused`: This Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AgreementsController_history: {
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
                    "application/json": components["schemas"]["HistoryEntryDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), legal (法务), school_leader (校领导（校长办公会/党委会）), department (职能部门（教务处/学生工作处/财务处）), assessor (考核组成员), expert (论证专家（校内外）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUpController_nudge: {
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
                    "application/json": components["schemas"]["NudgeResultDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `too_many_requests`: Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FollowUpController_obligations: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                /** @description `2026-2027-1`; all semesters when omitted. */
                semester?: string;
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["ObligationDto"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DemonstrationController_invite: {
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
                "application/json": components["schemas"]["InviteExpertsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementDetailDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: center_staff (产教研合作中心), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `requirements_not_met`: Requirements not met: documents or fields are missing; `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DocumentsController_list: {
        parameters: {
            query?: {
                /** @description Every version, not only the current ones. */
                all?: boolean;
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
                    "application/json": components["schemas"]["DocumentDto"][];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), legal (法务), school_leader (校领导（校长办公会/党委会）), department (职能部门（教务处/学生工作处/财务处）), assessor (考核组成员), expert (论证专家（校内外）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DocumentsController_upload: {
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
                "multipart/form-data": {
                    /** @enum {string} */
                    kind: "research_report" | "inspection_report" | "cooperation_plan" | "meeting_minutes" | "feasibility_report" | "demonstration_opinion" | "agreement_draft" | "legal_opinion" | "signoff_form" | "signed_agreement" | "self_check_report" | "review_conclusion" | "supervision_notice" | "termination_application" | "settlement_record" | "archive_catalog" | "archive_photo" | "other";
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), legal (法务), department (职能部门（教务处/学生工作处/财务处）), expert (论证专家（校内外）). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `read_only`: The agreement is terminated and read-only */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DocumentsController_content: {
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
            /** @description The bytes, with the document’s media type, its file name (Content-Disposition) and its SHA-256 as ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/gif": Blob;
                    "image/webp": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": Blob;
                    "application/msword": Blob;
                    "application/vnd.ms-excel": Blob;
                    "application/vnd.ms-powerpoint": Blob;
                    "application/vnd.ms-works": Blob;
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), legal (法务), school_leader (校领导（校长办公会/党委会）), department (职能部门（教务处/学生工作处/财务处）), assessor (考核组成员), expert (论证专家（校内外）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                /** @description `agreement` or `monthlyReport`. */
                kind?: "agreement" | "monthlyReport" | "assessmentSheet";
                collegeId?: string;
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
                    "application/json": components["schemas"]["TaskListDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_get: {
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
                    "application/json": components["schemas"]["TaskDetailDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_transfer: {
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
                "application/json": components["schemas"]["TransferTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_delegate: {
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
                "application/json": components["schemas"]["DelegateTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_resolve: {
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
                "application/json": components["schemas"]["ResolveTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_cc: {
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
                "application/json": components["schemas"]["CcTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_urge: {
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
                "application/json": components["schemas"]["UrgeTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UrgeResultDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `too_many_requests`: Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_deputy: {
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
                    "application/json": components["schemas"]["DeputyResponseDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_setDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeputyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeputyViewDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TasksController_clearDeputy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                collegeId?: string;
                month?: string;
                status?: "draft" | "submitted" | "signed_off" | "returned";
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["MonthlyReportDto"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), assessor (考核组成员), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMonthlyReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReportDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_matrix: {
        parameters: {
            query: {
                year: number;
                collegeId?: string;
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
                    "application/json": components["schemas"]["MatrixDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), assessor (考核组成员), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_attachments: {
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
                    "application/json": components["schemas"]["AttachmentDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), assessor (考核组成员), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_attach: {
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
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_attachmentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the attachment’s media type and file name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/gif": Blob;
                    "image/webp": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": Blob;
                    "application/msword": Blob;
                    "application/vnd.ms-excel": Blob;
                    "application/vnd.ms-powerpoint": Blob;
                    "application/vnd.ms-works": Blob;
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), assessor (考核组成员), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_get: {
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
                    "application/json": components["schemas"]["MonthlyReportDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), assessor (考核组成员), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_update: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
                /** @description The version the caller saw; a stale one is 409 version_conflict */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonthlyReportContentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReportDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_submit: {
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
                    "application/json": components["schemas"]["MonthlyReportDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `requirements_not_met`: Requirements not met: documents or fields are missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_signOff: {
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
                    "application/json": components["schemas"]["MonthlyReportDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_returnReport: {
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
                "application/json": components["schemas"]["ReturnMonthlyReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReportDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_recall: {
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
                    "application/json": components["schemas"]["MonthlyReportDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonthlyReportsController_history: {
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
                    "application/json": components["schemas"]["MonthlyReportStepDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), assessor (考核组成员), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_get: {
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
                    "application/json": components["schemas"]["CalendarDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCalendarDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SemesterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SemesterViewDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_remove: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CalendarController_updateSemester: {
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
                "application/json": components["schemas"]["UpdateSemesterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SemesterViewDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                /** @description Only the unread ones. */
                unread?: boolean;
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["NotificationDto"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
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
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_readAll: {
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
                    "application/json": components["schemas"]["ReadAllResultDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_read: {
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
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_run: {
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
                    "application/json": components["schemas"]["SweepRunDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_purge: {
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
                    "application/json": components["schemas"]["PurgeResultDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_list: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page, at most 100 */
                pageSize?: number;
                status?: "pending" | "sending" | "sent" | "failed";
                channel?: "inbox" | "email" | "webhook";
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
                    "application/json": components["schemas"]["PageMeta"] & {
                        items: components["schemas"]["DeliveryDto"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_retry: {
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
                    "application/json": components["schemas"]["DeliveryDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_queueStatus: {
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
                    "application/json": components["schemas"]["QueueStatusDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetClockDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `route_not_found`: No such endpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_workflow: {
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
                    "application/json": components["schemas"]["MachineDescriptionDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_listTemplates: {
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
                    "application/json": components["schemas"]["TemplateSummaryDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_getTemplate: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                key: string;
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
                    "application/json": components["schemas"]["TemplateDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_putDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_publishTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
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
                    "application/json": components["schemas"]["TemplateDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_listCycles: {
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
                    "application/json": components["schemas"]["CycleDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_openCycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCycleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: center_staff (产教研合作中心), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unprocessable`: The request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_getCycle: {
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
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_cycleEvent: {
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
                "application/json": components["schemas"]["CycleEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `incomplete`: Something is still missing; it cannot be submitted yet; `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_results: {
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
                    "application/json": components["schemas"]["ResultsDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
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
                    "application/json": components["schemas"]["SheetDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_sheetRef: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sheetId: string;
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
                    "application/json": components["schemas"]["SheetRefDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_consortiums: {
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
                    "application/json": components["schemas"]["ConsortiumDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: any signed-in user. `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_createConsortium: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConsortiumDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsortiumDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_staff (产教研合作中心), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `duplicate`: The record already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_uploadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceDocumentDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_evidenceList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
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
                    "application/json": components["schemas"]["EvidenceDocumentDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_evidenceContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the file’s media type, its file name (Content-Disposition) and its SHA-256 as ETag */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/gif": Blob;
                    "image/webp": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": Blob;
                    "application/msword": Blob;
                    "application/vnd.ms-excel": Blob;
                    "application/vnd.ms-powerpoint": Blob;
                    "application/vnd.ms-works": Blob;
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_sheetHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
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
                    "application/json": components["schemas"]["SheetStepDto"][];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_figures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
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
                    "application/json": components["schemas"]["FiguresDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_putFigure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FigureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiguresDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_fill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FillItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemResultDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemResultDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: assessor (考核组成员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `event_not_allowed`: This event is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_sheetEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `incomplete`: Something is still missing; it cannot be submitted yet; `event_not_allowed`: This event is not allowed in the current state; `version_conflict`: The record was changed by someone else; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `requirements_not_met`: Requirements not met: documents or fields are missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_exportResults: {
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
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_exportSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssessmentController_exportSelfReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人), center_staff (产教研合作中心), center_director (产教研合作中心负责人), assessor (考核组成员), school_leader (校领导（校长办公会/党委会）), admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DashboardController_progress: {
        parameters: {
            query?: {
                /** @description The year of the monthly-report punctuality figures; this year (Shanghai) when absent. */
                year?: number;
                /** @description One college only; a college user may name only their own. */
                collegeId?: string;
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
                    "application/json": components["schemas"]["ProgressDto"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员), center_staff (产教研合作中心), center_director (产教研合作中心负责人), school_leader (校领导（校长办公会/党委会）), assessor (考核组成员), college_staff (二级学院校企合作专兼职人员), college_leader (二级学院行政负责人). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    QueueBoardController_open: {
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
                    "application/json": components["schemas"]["QueueBoardSessionDto"];
                };
            };
            /** @description `unauthenticated`: Authentication required; `invalid_token`: The access token is invalid or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allowed: admin (系统管理员). `forbidden_role`: Your role may not do this; `forbidden_college`: You may only access your own college’s records; `account_disabled`: This account is disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
