CREATE TABLE `candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`script_id` text NOT NULL,
	`number` integer NOT NULL,
	`content_hash` text NOT NULL,
	`document` text NOT NULL,
	`draft_revision` integer NOT NULL,
	`acknowledged` text NOT NULL,
	`status` text NOT NULL,
	`submitted_by_id` text NOT NULL,
	`submitted_by` text NOT NULL,
	`submitted_at` integer NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`decision_note` text,
	FOREIGN KEY (`script_id`) REFERENCES `scripts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidates_script_number` ON `candidates` (`script_id`,`number`);--> statement-breakpoint
CREATE INDEX `candidates_status` ON `candidates` (`status`);--> statement-breakpoint
CREATE TABLE `live_pointers` (
	`script_id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`moved_by` text NOT NULL,
	`moved_at` integer NOT NULL,
	FOREIGN KEY (`script_id`) REFERENCES `scripts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `review_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`candidate_id` text NOT NULL,
	`script_id` text NOT NULL,
	`node_id` text NOT NULL,
	`field` text,
	`quote` text,
	`body` text NOT NULL,
	`author_id` text NOT NULL,
	`author` text NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_comments_candidate` ON `review_comments` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `review_comments_script` ON `review_comments` (`script_id`);--> statement-breakpoint
CREATE TABLE `versions` (
	`script_id` text NOT NULL,
	`version` integer NOT NULL,
	`candidate_id` text NOT NULL,
	`content_hash` text NOT NULL,
	`document` text NOT NULL,
	`note` text NOT NULL,
	`published_by_id` text NOT NULL,
	`published_by` text NOT NULL,
	`published_at` integer NOT NULL,
	PRIMARY KEY(`script_id`, `version`),
	FOREIGN KEY (`script_id`) REFERENCES `scripts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`webhook_id` text NOT NULL,
	`event` text NOT NULL,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`last_status_code` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`next_attempt_at` integer,
	`delivered_at` integer,
	FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_hook` ON `webhook_deliveries` (`webhook_id`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`description` text NOT NULL,
	`active` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `versions_immutable_update` BEFORE UPDATE ON `versions` BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;--> statement-breakpoint
CREATE TRIGGER `versions_immutable_delete` BEFORE DELETE ON `versions` BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;
