package ebpm.web.auth;

/** What a user of the web app may do; every route names the roles it serves. */
public enum Role {
    /** reads the evidence tables and downloads them */
    PLANNER,
    /** reads the nights, rejected rows and freshness, and everything planners read */
    OPERATOR,
    /** submits its own health evaluation files */
    MUNICIPALITY
}
