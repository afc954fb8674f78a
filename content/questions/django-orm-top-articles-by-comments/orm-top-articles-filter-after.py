from django.db.models import Count
from blog.models import Article

# annotate() first, then filter() on the same relation: a second JOIN
articles = (
    Article.objects.annotate(comment_count=Count("comments"))
    .filter(comments__is_approved=True)
    .order_by("-comment_count", "-published_at")
)
for article in articles:
    print(article.comment_count, article.title)
