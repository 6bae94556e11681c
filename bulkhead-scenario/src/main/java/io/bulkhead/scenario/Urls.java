package io.bulkhead.scenario;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL shapes the Atlassian products serve, and the words people search for. */
final class Urls {
  private Urls() {}

  static final String[] JIRA_ASSETS = {
    "/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-8vbqn6/9120000/1dlckms/9.12.0/_/download/batch/jira.webresources:global-static/jira.webresources:global-static.css",
    "/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-8vbqn6/9120000/1dlckms/9.12.0/_/download/batch/jira.webresources:jira-global/jira.webresources:jira-global.js",
    "/s/3a1f9c0c2b7e6d5a4f8e9b0c1d2e3f40-CDN/-8vbqn6/9120000/1dlckms/c2d4f1a7e6b3d9c8a5e4f3b2a1c0d9e8/_/download/contextbatch/css/_super/batch.css",
    "/s/3a1f9c0c2b7e6d5a4f8e9b0c1d2e3f40-CDN/-8vbqn6/9120000/1dlckms/c2d4f1a7e6b3d9c8a5e4f3b2a1c0d9e8/_/download/contextbatch/js/_super/batch.js?locale=en-US",
    "/s/-8vbqn6/9120000/1dlckms/_/images/fav-jsw.png",
    "/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-8vbqn6/9120000/1dlckms/1.0/_/download/resources/jira.webresources:select-pickers/images/icons/sprites/icons_module.png"};

  static final String[] WIKI_ASSETS = {
    "/s/en_GB/8703/4d1e8b7a6c5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d/_/download/batch/confluence.web.resources:aui-forms/confluence.web.resources:aui-forms.css",
    "/s/en_GB/8703/4d1e8b7a6c5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d/_/download/contextbatch/js/main,atl.general,-_super/batch.js?locale=en-GB",
    "/s/en_GB/8703/4d1e8b7a6c5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d/_/download/contextbatch/css/main,atl.general,-_super/batch.css",
    "/s/en_GB/8703/4d1e8b7a6c5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d/_/images/icons/profilepics/default.svg",
    "/s/en_GB/8703/4d1e8b7a6c5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d/_/download/resources/com.atlassian.confluence.plugins.confluence-frontend:editor-loader/editor-loader.js"};

  static final String[] BITBUCKET_ASSETS = {
    "/s/1c9e7f2a4b6d8e0f-CDN/en_GB/8.9.7/d8b1f0a2c3e4/1/_/download/batch/com.atlassian.bitbucket.server.bitbucket-web:global/com.atlassian.bitbucket.server.bitbucket-web:global.css",
    "/s/1c9e7f2a4b6d8e0f-CDN/en_GB/8.9.7/d8b1f0a2c3e4/1/_/download/contextbatch/js/bitbucket.layout.entity,bitbucket.layout.base,-_super/batch.js",
    "/s/1c9e7f2a4b6d8e0f-CDN/en_GB/8.9.7/d8b1f0a2c3e4/1/_/download/resources/com.atlassian.bitbucket.server.bitbucket-web:favicon/favicon.ico"};

  /** What engineers type into the wiki's search box; the intruder's six terms are common here too. */
  static final String[] SEARCHES = {
    "token", "token", "api token", "cloudflared", "cloudflared", "remote access", "secret", "secrets",
    "client-secret", "openconnect", "vpn", "oncall", "runbook", "postmortem", "salt", "terraform",
    "kubernetes", "okta", "mfa", "onboarding", "expense policy", "holiday calendar", "release process",
    "bgp", "dns", "tls certificate", "vault", "backup", "grafana", "incident", "access request",
    "laptop setup", "ssh", "pagerduty", "quarterly planning", "roadmap", "architecture"};

  static String form(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Jira's URL encoding in query values: spaces as {@code %20}. */
  static String jql(String s) {
    return form(s).replace("+", "%20");
  }

  /** The Confluence site search a user submits from the search page. */
  static String wikiSearch(String term) {
    return "/dosearchsite.action?cql=siteSearch+~+%22" + form(term) + "%22&queryString=" + form(term);
  }

  static String pageView(Catalogue.Page p, boolean display) {
    return display ? "/display/" + p.space() + "/" + form(p.title()).replace("%2B", "+")
        : "/pages/viewpage.action?pageId=" + p.id();
  }

  static String repoBase(Catalogue.Repo r) {
    return "/projects/" + r.project() + "/repos/" + r.slug();
  }

  static String repoRest(Catalogue.Repo r, String version) {
    return "/rest/api/" + version + "/projects/" + r.project() + "/repos/" + r.slug();
  }

  static String scm(Catalogue.Repo r) {
    return "/scm/" + r.project().toLowerCase(java.util.Locale.ROOT) + "/" + r.slug() + ".git";
  }
}
