"""The open database every use case takes (Workspace), creating and inspecting one, and small helpers all desks share.
Every other services package may import this one; it imports none of them."""
