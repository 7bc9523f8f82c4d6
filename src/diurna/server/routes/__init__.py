"""The API's routes, one module per family; each route parses, calls a plain function, returns data."""

from diurna.server.routes import actors, articles, coding, dashboard, dyads, events, health, places, summary

ROUTERS = [coding.router, events.router, dyads.router, actors.router, places.router, summary.router,
           articles.router, health.router, dashboard.router]  # fmt: skip

__all__ = ["ROUTERS"]
