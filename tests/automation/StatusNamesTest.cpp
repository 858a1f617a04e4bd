#include "models/records/Delivery.h"
#include "models/records/ServiceRequest.h"

#include <gtest/gtest.h>

using fd::Delivery;
using fd::ServiceRequest;

// The names are the database's (DECISIONS.md); every status reads back as itself, anything else is refused.
TEST(StatusNames, EveryStatusRoundTripsThroughItsStoredName)
{
    for (auto status : {Delivery::Status::Pending, Delivery::Status::Delivered, Delivery::Status::Failed,
                        Delivery::Status::Reattempt}) {
        Delivery::Status back = Delivery::Status::Pending;
        ASSERT_TRUE(Delivery::statusFromName(Delivery::statusName(status), back));
        EXPECT_EQ(back, status);
    }
    for (auto status : {ServiceRequest::Status::Open, ServiceRequest::Status::Assigned,
                        ServiceRequest::Status::Completed, ServiceRequest::Status::Cancelled}) {
        ServiceRequest::Status back = ServiceRequest::Status::Open;
        ASSERT_TRUE(ServiceRequest::statusFromName(ServiceRequest::statusName(status), back));
        EXPECT_EQ(back, status);
    }
    EXPECT_EQ(Delivery::statusName(Delivery::Status::Reattempt), QStringLiteral("REATTEMPT"));
    EXPECT_EQ(ServiceRequest::statusName(ServiceRequest::Status::Completed), QStringLiteral("COMPLETED"));
    Delivery::Status untouched = Delivery::Status::Failed;
    EXPECT_FALSE(Delivery::statusFromName(QStringLiteral("delivered"), untouched)) << "names are upper case";
    EXPECT_EQ(untouched, Delivery::Status::Failed);
}
